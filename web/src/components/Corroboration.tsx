// "Corroborated by ≥ N sources" and "confidence ≥ c" filters that write minSources / minConfidence into the URL.
import { navigate, withParams, type Route } from '../router';

export function CorroborationFilters({ route, confidence = false }: { route: Route; confidence?: boolean }) {
  const set = (k: string) => (e: Event) => navigate(withParams(route, { [k]: (e.target as HTMLSelectElement).value, offset: null }));
  return (
    <>
      <select aria-label="Corroborated by" value={route.query.get('minSources') ?? ''} onChange={set('minSources')}>
        <option value="">any number of sources</option>
        {[2, 3, 5].map((n) => <option key={n} value={String(n)}>corroborated by ≥ {n} sources</option>)}
      </select>
      {confidence && (
        <select aria-label="Confidence" value={route.query.get('minConfidence') ?? ''} onChange={set('minConfidence')}>
          <option value="">any confidence</option>
          {['0.5', '0.7', '0.8', '0.9'].map((c) => <option key={c} value={c}>confidence ≥ {c}</option>)}
        </select>
      )}
    </>
  );
}
