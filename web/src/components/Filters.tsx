// Date range and event type filters that write straight into the URL.
import { navigate, withParams, type Route } from '../router';
import { PLOVER } from '../types';

export function RangeTypeFilters({ route, type = true }: { route: Route; type?: boolean }) {
  const set = (k: string) => (e: Event) => navigate(withParams(route, { [k]: (e.target as HTMLInputElement).value }));
  return (
    <>
      {type && (
        <select aria-label="Event type" value={route.query.get('type') ?? ''} onChange={set('type')}>
          <option value="">any event type</option>
          {PLOVER.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      )}
      <label>from <input type="date" value={route.query.get('from') ?? ''} onChange={set('from')} /></label>
      <label>to <input type="date" value={route.query.get('to') ?? ''} onChange={set('to')} /></label>
    </>
  );
}
