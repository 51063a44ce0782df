// Errors are data: a stable code, the input they concern, and a message for people.
export const ERROR_CODES = {
  EMPTY_INPUT: 'the input is empty',
  BINARY_INPUT: 'the input is binary, not text',
  TOO_LARGE: 'the input is larger than the limit',
  NO_ARTICLE: 'no article text could be found',
  INVALID_JSON: 'the JSON is invalid',
  INVALID_RECORD: 'the record does not have the expected fields',
  UNKNOWN_FORMAT: 'the file extension is not one Argus reads',
  NOT_FOUND: 'the input does not exist',
  READ_FAILED: 'the input could not be read',
  WRITE_FAILED: 'the output could not be written',
  STORE_FAILED: 'the database could not commit the articles just saved',
  FETCH_FAILED: 'the download failed',
  INVALID_FEED: 'the feed could not be parsed',
  USAGE: 'the command was used wrongly',
  FETCH_TIMEOUT: 'the server did not answer in time',
  HTTP_ERROR: 'the server answered with an error status',
  REDIRECT_LIMIT: 'too many redirects',
  PRIVATE_ADDRESS: 'the address is private or local; refused unless private addresses are allowed',
  ROBOTS_DISALLOWED: "the site's robots.txt disallows this URL",
  ANALYSIS_FAILED: 'the analyzer failed on this article',
  ANALYSIS_TIMEOUT: 'the analysis took longer than its time budget and was abandoned',
  QUERY_TOO_COMPLEX: 'the search query asks for too much work (too many words, prefix terms or NEAR groups)',
  INVALID_ENCODING: 'the text is not well-formed Unicode (for example UTF-16 with lone surrogates)',
  NOT_A_FILE: 'the path is not a regular file (a FIFO, a device or a socket)',
  DB_CONNECT: 'the database server could not be reached or refused the login',
  QUEUE_CONNECT: 'the Redis server of the job queue could not be reached or refused the login',
  JOB_VERSION: 'the queue job has a schema version this worker does not know',
  JOB_INVALID: 'the queue job does not have the expected fields',
  JOB_FAILED: 'the queue job failed on every attempt',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ArgusError extends Error {
  readonly code: ErrorCode;
  readonly input: string | null;

  constructor(code: ErrorCode, input: string | null, detail?: string) {
    super(detail ?? ERROR_CODES[code]);
    this.name = 'ArgusError';
    this.code = code;
    this.input = input;
  }

  /** One line for stderr: "input: reason (CODE)". */
  toLine(): string {
    return `${this.input ?? '<input>'}: ${this.message} (${this.code})`;
  }
}

export function isArgusError(e: unknown): e is ArgusError {
  return e instanceof ArgusError;
}
