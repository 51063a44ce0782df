// "Export these results": download links to /api/export with the page's current filters, one per format.
import { qs } from '../api';

const FORMATS: Array<{ format: string; table?: string; label: string; title: string }> = [
  { format: 'jsonl', label: 'JSONL', title: 'one argus.analysis/1 object per article' },
  { format: 'csv', label: 'CSV events', title: 'one row per event (RFC 4180)' },
  { format: 'csv', table: 'quotes', label: 'CSV quotes', title: 'one row per quote (RFC 4180)' },
  { format: 'stix', label: 'STIX 2.1', title: 'a STIX 2.1 bundle: reports, identities, locations, relationships, notes' },
  { format: 'geojson', label: 'GeoJSON places', title: 'places with article and event counts' },
  { format: 'geojson', table: 'events', label: 'GeoJSON events', title: 'events that have a place' },
];

export function ExportLinks({ filters }: { filters: Record<string, string | null | undefined> }) {
  return (
    <p class="export-links">
      Export these results:{' '}
      {FORMATS.map((f, i) => (
        <span key={`${f.format}-${f.table ?? ''}`}>
          {i > 0 && ' · '}
          <a href={`/api/export${qs({ format: f.format, table: f.table, ...filters })}`} download title={f.title}>{f.label}</a>
        </span>
      ))}
    </p>
  );
}
