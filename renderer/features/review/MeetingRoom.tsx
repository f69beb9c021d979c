import { useCallback, useMemo, useState } from 'react';
import type { ItemStatus } from '../../../shared/model';
import { endMeeting, updateItem, updateMeeting, type ItemPatch } from '../../db';
import { navigate, useRouteParam } from '../../app/router';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ReviewIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { DecisionDialogs, type OpenEditor } from './DecisionDialogs';
import { MeetingListView } from './MeetingListView';
import { MeetingSummary } from './MeetingSummary';
import { PresenterView } from './PresenterView';
import { describeScope, type ReviewOrder } from './review-scope';
import { currentDay, meetingTimeText } from './review-format';
import { useMeetingData, type MeetingData } from './use-meeting-data';
import { useReviewShortcuts, type ReviewShortcutHandlers } from './use-review-shortcuts';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const ORDER_TEXT: Record<ReviewOrder, string> = { due: 'by due date', priority: 'by priority', incident: 'by incident', age: 'by age' };

/** The scope as words, naming the incident or theme it points at. */
function scopeText(data: MeetingData): string {
  const { scope } = data.meeting;
  const names = {
    incident: scope.value ? data.incidents.get(scope.value)?.title : undefined,
    theme: scope.value ? data.themeLabel(scope.value) : undefined,
  };
  return `${describeScope(scope, names)}, ${ORDER_TEXT[scope.order]}`;
}

/** A meeting: the presenter or the list while it runs, the summary once it has ended. */
export function MeetingRoom({ meetingId }: { meetingId: string }) {
  const data = useMeetingData(meetingId);
  const [view, setView] = useRouteParam('view', { replace: true });
  const [itemParam, setItemParam] = useRouteParam('item', { replace: true });
  const [editor, setEditor] = useState<OpenEditor | null>(null);
  const [today] = useState(currentDay);

  const items = data?.items ?? [];
  const position = Math.min(Math.max(0, Number.parseInt(itemParam ?? '1', 10) - 1 || 0), Math.max(0, items.length - 1));
  const item = items[position];
  const running = data?.meeting.endedAt === null;
  const presenting = view !== 'list';

  const decide = useCallback(
    (patch: ItemPatch) => {
      setEditor(null);
      if (!item) return;
      updateItem(item.id, patch, { meetingId }).catch((error: unknown) =>
        showToast({ tone: 'error', title: 'Could not change the item', description: errorMessage(error) }),
      );
    },
    [item, meetingId],
  );

  const setStatus = useCallback(
    (status: ItemStatus) => {
      if (status === 'wont_do' && !item?.wontDoReason?.trim()) setEditor('wont-do');
      else decide({ status });
    },
    [decide, item],
  );
  const move = useCallback(
    (step: 1 | -1) => {
      const next = Math.min(Math.max(0, position + step), items.length - 1);
      setItemParam(String(next + 1));
    },
    [position, items.length, setItemParam],
  );
  const endThisMeeting = useCallback(() => {
    endMeeting(meetingId).catch((error: unknown) =>
      showToast({ tone: 'error', title: 'Could not end the meeting', description: errorMessage(error) }),
    );
  }, [meetingId]);

  const handlers = useMemo<ReviewShortcutHandlers | null>(
    () =>
      running && item
        ? { setStatus, openEditor: setEditor, move, leave: presenting ? () => setView('list') : undefined }
        : null,
    [running, item, setStatus, move, presenting, setView],
  );
  useReviewShortcuts(handlers);

  if (data === undefined) return null;
  if (data === null) {
    return (
      <EmptyState
        icon={ReviewIcon}
        title="This meeting no longer exists"
        actions={<Button onClick={() => navigate('/review')}>All meetings</Button>}
      >
        <p>It may have been deleted, or the backup it came from was restored without it.</p>
      </EmptyState>
    );
  }
  if (!running) return <MeetingSummary data={data} onResume={() => void updateMeeting(meetingId, { endedAt: null })} />;

  const present = (at: number) => {
    setItemParam(String(at + 1));
    setView(null);
  };
  const incident = item?.incidentId ? data.incidents.get(item.incidentId) : undefined;

  const dialogs = item && (
    <DecisionDialogs item={item} editor={editor} today={today} decide={decide} onClose={() => setEditor(null)} />
  );
  if (presenting && item) {
    return (
      <>
        <PresenterView
          meetingTitle={data.meeting.title}
          scopeText={scopeText(data)}
          item={item}
          themeLabels={item.themes.map(data.themeLabel)}
          incident={incident}
          position={position}
          total={items.length}
          today={today}
          onStatus={setStatus}
          onEdit={setEditor}
          onMove={move}
          onLeave={() => setView('list')}
          onEnd={endThisMeeting}
        />
        {dialogs}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={data.meeting.title}
        description={`${scopeText(data)} · ${meetingTimeText(data.meeting.startedAt, null)} · ${items.length} items`}
        actions={
          <>
            <Button disabled={!item} onClick={() => present(position)}>
              Present
            </Button>
            <Button variant="primary" onClick={endThisMeeting}>
              End meeting
            </Button>
          </>
        }
      />
      {items.length === 0 ? (
        <p className="review-muted">No items left in this meeting: they were deleted after it started.</p>
      ) : (
        <MeetingListView
          items={items}
          incidents={data.incidents}
          position={position}
          today={today}
          onSelect={(at) => setItemParam(String(at + 1))}
          onPresent={present}
        />
      )}
      {dialogs}
    </>
  );
}
