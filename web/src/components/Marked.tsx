// A search snippet: matches arrive wrapped in \u0002…\u0003 and become <mark> elements; the text stays text.
import type { ComponentChildren } from 'preact';

const OPEN = '\u0002';
const CLOSE = '\u0003';

export function Marked({ text }: { text: string }) {
  const out: ComponentChildren[] = [];
  let at = 0;
  while (at < text.length) {
    const s = text.indexOf(OPEN, at);
    if (s < 0) break;
    const e = text.indexOf(CLOSE, s + 1);
    if (e < 0) break;
    if (s > at) out.push(text.slice(at, s));
    out.push(<mark key={s}>{text.slice(s + 1, e)}</mark>);
    at = e + 1;
  }
  out.push(text.slice(at).replaceAll(OPEN, '').replaceAll(CLOSE, ''));
  return <>{out}</>;
}
