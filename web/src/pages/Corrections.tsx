// Corrections: the audit list of every analyst correction, newest first, filtered by state (orphaned ones need a look:
// their text is gone from the article's latest version), with undo and a link to each article.
import { useApi, qs } from '../api';
import { navigate, withParams, type Route } from '../router';
import { CorrectionList } from '../components/Corrections';
import { Empty, ErrorBox, Loading } from '../components/state';
import type { Correction } from '../../../src/store/correction-types';

const STATES = [['', 'all'], ['applied', 'applied'], ['orphaned', 'orphaned'], ['undone', 'undone']] as const;

export function CorrectionsPage({ route }: { route: Route }) {
  const status = route.query.get('status') ?? '';
  const { data, error, loading, reload } = useApi<{ corrections: Correction[] }>(`/api/corrections${qs({ status, limit: 500 })}`);
  return (
    <div class="page corrections-page">
      <h1>Corrections</h1>
      <p class="meta">Analysts' corrections of quotes, events and places. They are kept against the text they were made on and apply
        again when an article is ingested or analyzed anew; an orphaned one no longer finds its text in the latest version.</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>State{' '}
          <select value={status} onChange={(e) => navigate(withParams(route, { status: (e.target as HTMLSelectElement).value }))}>
            {STATES.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
          </select>
        </label>
      </form>
      {error && <ErrorBox error={error} onRetry={reload} />}
      {!data && loading && <Loading what="corrections" />}
      {data && (data.corrections.length === 0
        ? <Empty>No {status || ''} corrections. Correct a quote, event or place from its article page.</Empty>
        : <CorrectionList corrections={data.corrections} onChanged={reload} showArticle />)}
    </div>
  );
}
