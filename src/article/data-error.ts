/** A data file that cannot be used: which file, which field, and why, so whoever edits it can fix it. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field || '(root)'}: ${reason}`);
    this.name = 'DataError';
  }
}
