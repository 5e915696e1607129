/** The server's password rule, repeated in forms so people see it before submitting. */
export const MIN_PASSWORD_LENGTH = 12;
