import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ecommerceModel, smallModel } from './map-test-models.ts';
import { renderMapSvg } from './render-svg.ts';
import type { WorkspaceModel } from './schema.ts';

const ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const isNameChar = (char: string | undefined): boolean =>
  char !== undefined && (/[\w.:-]/.test(char) || char > '\u007f');

/**
 * A small XML well-formedness checker: balanced tags, one root, quoted attributes without `<`,
 * no duplicate attribute, only known or numeric entities. Throws with the offset of the fault.
 */
function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const fault = (why: string): never => {
    throw new Error(`${why} at ${i}: ${xml.slice(i, i + 40)}`);
  };
  const name = (): string => {
    const start = i;
    while (isNameChar(xml[i])) i++;
    return i > start ? xml.slice(start, i) : fault('name expected');
  };
  const skipSpace = () => {
    while (xml[i] === ' ' || xml[i] === '\n' || xml[i] === '\t' || xml[i] === '\r') i++;
  };
  const checkText = (text: string) => {
    for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
      const end = text.indexOf(';', at);
      const entity = end > at ? text.slice(at + 1, end) : '';
      if (!ENTITIES.has(entity) && !/^#(\d+|x[\da-f]+)$/i.test(entity))
        fault(`bad entity "${entity}"`);
    }
    if (text.includes('<')) fault('"<" in text');
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const open = xml.indexOf('<', i);
    const text = xml.slice(i, open < 0 ? xml.length : open);
    checkText(text);
    if (stack.length === 0 && text.trim() !== '') fault('text outside the root');
    if (open < 0) break;
    i = open + 1;
    if (xml[i] === '/') {
      i++;
      const closing = name();
      if (stack.pop() !== closing) fault(`unbalanced </${closing}>`);
      skipSpace();
      if (xml[i++] !== '>') fault('">" expected');
      continue;
    }
    if (stack.length === 0) roots++;
    const element = name();
    const seen = new Set<string>();
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        break;
      }
      if (xml[i] === '>') {
        i++;
        stack.push(element);
        break;
      }
      const attribute = name();
      if (seen.has(attribute)) fault(`duplicate ${attribute}`);
      seen.add(attribute);
      if (xml[i++] !== '=' || xml[i++] !== '"') fault('="…" expected');
      const end = xml.indexOf('"', i);
      if (end < 0) fault('unterminated attribute');
      checkText(xml.slice(i, end));
      i = end + 1;
    }
  }
  if (stack.length > 0) fault(`unclosed <${stack.join('><')}>`);
  if (roots !== 1) fault(`${roots} root elements`);
}

function svgOf(model: WorkspaceModel, journeyId: string, lang: 'fr' | 'en' = 'fr'): string {
  const svg = renderMapSvg(model, journeyId, { lang });
  if (svg === undefined) throw new Error('no svg');
  return svg;
}

describe('well-formedness checker', () => {
  it('refuses what is not well-formed XML', () => {
    expect(() => checkWellFormed('<a><b></a></b>')).toThrow();
    expect(() => checkWellFormed('<a x="1" x="2"/>')).toThrow();
    expect(() => checkWellFormed('<a>Tom & Jerry</a>')).toThrow();
    expect(() => checkWellFormed('<a/><b/>')).toThrow();
    expect(() => checkWellFormed('<a t="&lt;&#233;&amp;">ok</a>')).not.toThrow();
  });
});

describe('renderMapSvg', () => {
  it('writes a standalone, well-formed SVG document with a viewBox and a size', () => {
    const svg = svgOf(ecommerceModel(), 'shop');
    checkWellFormed(svg);
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(svg).toMatch(/<svg[^>]* width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/href=|url\((?!#)|@import|@font-face/);
    const families = [...svg.matchAll(/font-family[=:] *"?([^;"}]+)/g)].map((match) =>
      match[1]?.trim(),
    );
    expect(new Set(families)).toEqual(new Set(['sans-serif']));
  });

  it('escapes markup characters in every name', () => {
    const model = smallModel();
    const journey = model.journeys[0];
    const [stage] = model.stages;
    const [channel] = model.channels;
    const [persona] = model.personas;
    const [card] = journey?.touchpoints ?? [];
    if (!journey || !stage || !channel || !persona || !card) throw new Error('incomplete model');
    journey.name = 'R&D <beta> "quoted"';
    stage.name = '<Découverte>';
    channel.name = 'Web & "app"';
    persona.name = "Jo's <team>";
    card.name = 'Click <here> & "buy"\u0001';
    const svg = svgOf(model, 'j1');
    checkWellFormed(svg);
    expect(svg).toContain('R&amp;D &lt;beta&gt; &quot;quoted&quot;');
    expect(svg).toContain('&lt;Découverte&gt;');
    expect(svg).toContain('Web &amp; &quot;app&quot;');
    expect(svg).toContain('Click &lt;here&gt; &amp; &quot;buy&quot;');
    expect(svg).not.toContain('\u0001');
    expect(() => new Resvg(svg).render()).not.toThrow();
  });

  it('prints the title, the state and the legend in the language asked for', () => {
    const fr = svgOf(smallModel(), 'j1', 'fr');
    expect(fr).toContain('Claire, active mum — First purchase');
    expect(fr).toContain('PARCOURS ACTUEL');
    for (const word of [
      'Enchantement',
      'Neutre',
      'Irritant',
      'Non existant',
      'Moment de vérité',
      'Point de rupture',
      'Courbe d&apos;émotion',
      'Transition impossible',
    ]) {
      expect(fr).toContain(word);
    }
    const en = svgOf(smallModel(), 'j1', 'en');
    expect(en).toContain('CURRENT JOURNEY');
    expect(en).toContain('Moment of truth');
    const titled = renderMapSvg(smallModel(), 'j1', { lang: 'en', title: 'Workshop map' });
    expect(titled).toContain('>Workshop map<');
  });

  it('marks each performance with text as well as colour, and impossible moves with a dashed line', () => {
    const svg = svgOf(smallModel(), 'j1', 'en');
    expect(svg).toContain('>ENCHANTMENT<');
    expect(svg).toContain('>NEUTRAL<');
    expect(svg).toContain('>IRRITANT<');
    expect(svg).toMatch(
      /<path d="M [^"]+ C [^"]+" fill="none" stroke="#d32f2f"[^>]*stroke-dasharray/,
    );
  });

  it('is deterministic and returns undefined for an unknown journey', () => {
    expect(svgOf(ecommerceModel(), 'shop')).toBe(svgOf(ecommerceModel(), 'shop'));
    expect(renderMapSvg(smallModel(), 'nope', { lang: 'fr' })).toBeUndefined();
  });
});
