/**
 * A problem with an input file, located for the analyst who must fix it:
 * printed as `file:line: message`.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}
