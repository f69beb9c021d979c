import { useRoute } from '../../app/router';
import { ImportReviewScreen } from '../import/ImportReviewScreen';
import { IMPORT_REVIEW_PATH } from '../import/paths';
import { IncidentList } from './IncidentList';
import { IncidentPage } from './IncidentPage';

const BASE = '/incidents/';

/** `#/incidents`: the list; `#/incidents/import`: the import review; `#/incidents/<id>`: one incident. */
export default function IncidentsPage() {
  const { path } = useRoute();
  if (path === IMPORT_REVIEW_PATH) return <ImportReviewScreen />;
  if (path.startsWith(BASE)) return <IncidentPage key={path} id={path.slice(BASE.length)} />;
  return <IncidentList />;
}
