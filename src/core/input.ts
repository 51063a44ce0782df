// What the readers in src/ingest hand to the analyzer: one article, already cleaned.
export interface Dateline {
  /** the place named by the dateline, e.g. "TOKYO" */
  place: string | null;
  /** the dateline as written, e.g. "TOKYO (Reuters) -" */
  text: string;
}

export interface ArticleInput {
  /** headline */
  title: string;
  /** standfirst/lede line apart from the body, when the source has one */
  subtitle: string | null;
  /** clean body text only (no headline, no junk lines) */
  text: string;
  published: string | null;
  url: string | null;
  source: string | null;
  byline: string | null;
  dateline: Dateline | null;
  language: string | null;
  /** named warnings about an input that was cut down to be analyzed in bounded time (e.g. HTML_TOO_DEEP) */
  warnings?: InputWarning[];
}

/** A named warning: the input was read, but only after cutting it down (it is still analyzed). */
export interface InputWarning {
  code: 'HTML_TOO_DEEP' | 'HTML_TOO_LARGE' | 'LONG_TOKEN_SPLIT' | 'TEXT_TRUNCATED';
  message: string;
}

/** Where an input came from, for error messages: file name, URL, "file.jsonl:12". */
export interface InputRef {
  name: string;
}
