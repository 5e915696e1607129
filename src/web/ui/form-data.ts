/**
 * A text value of a submitted form. Forms stay uncontrolled (the browser keeps their state)
 * and are read once on submit; a missing or file entry reads as empty.
 */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
