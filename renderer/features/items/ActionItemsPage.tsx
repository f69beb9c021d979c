/**
 * The Action items page: every item in one virtualized, filterable table, with the
 * item drawer at `#/items/<id>`.
 *
 * Stable names for tests and assistive technology:
 * - table: role "grid" named "Action items"; rows role "row" with aria-selected; cells "gridcell";
 *   headers "columnheader" holding a sort button named after the column (Item, Incident, Kind,
 *   Owner, Due, Status, Priority, Age); separators "Resize <Column> column".
 * - toolbar: search box "Search items"; selects "Filter by status", "Theme", "Filter by kind",
 *   "Filter by owner", "Filter by incident"; checkbox "Overdue"; date inputs "Due from", "Due to";
 *   button "Clear filters"; list "More filters" of the filters from dashboard links (organization, incident date,
 *   failure theme, chosen items, age), each with a button "Remove filter <label>"; select "Saved view"; buttons "Save view…",
 *   "Bulk edit", "Delete" (the selected rows), "New item".
 * - drawer: complementary (aside) "Item details" with a form named "Item": "Title", "Detail", "Status", "Priority",
 *   "Owner", "Due date", "Kind", "Reason it won't be done", group "Themes", "Ticket links", "Notes",
 *   button "Save"; buttons "Delete" and "Close item"; region "History".
 * - delete dialog "Delete this item?" / "Delete N items?" with button "Delete item" / "Delete N items"; the Delete key
 *   (or Ctrl/Cmd+Backspace) opens it for the selected rows, or the row under the cursor.
 * - bulk edit dialog "Edit N items": "Status", "Priority", "Owner", "Due date", checkbox
 *   "Unassign the owner", group "Themes", button "Apply to N items".
 * - new item dialog "New action item": the drawer's fields, button "Add item".
 * Match labels exactly (Playwright `{ exact: true }`): "Owner" is also a substring of "Filter by owner".
 * A click selects a row (Ctrl/Cmd toggles, Shift extends); a double-click, Enter on the focused grid,
 * "o", or the title link opens the drawer. While a dialog is open the drawer is not rendered.
 */
import { useRoute } from '../../app/router';
import { PageHeader } from '../../ui/PageHeader';
import { useAllItems } from './all-items';
import { ItemsWorkspace } from './ItemsWorkspace';
import { NoItemsYet } from './NoItemsYet';
import { useLookups } from './use-lookups';
import './items.css';

export default function ActionItemsPage() {
  const route = useRoute();
  const items = useAllItems();
  const lookups = useLookups();
  const openItemId = route.path.split('/')[2] ?? null;
  return (
    <div className="items-page">
      <PageHeader title="Action items" />
      {items !== undefined && items.length === 0 && <NoItemsYet lookups={lookups} />}
      {items !== undefined && items.length > 0 && (
        <ItemsWorkspace items={items} lookups={lookups} route={route} openItemId={openItemId} />
      )}
    </div>
  );
}
