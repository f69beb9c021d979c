import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ArrowRightIcon, InfoIcon } from '../ui/icons';
import { PageHeader } from '../ui/PageHeader';
import { navigate } from './router';
import { HOME_PATH } from './routes';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <>
      <PageHeader title="Not found" />
      <EmptyState
      icon={InfoIcon}
      title="This page does not exist"
      actions={
        <Button icon={ArrowRightIcon} onClick={() => navigate(HOME_PATH)}>
          Go to the start
        </Button>
      }
    >
      <p>Nothing lives at {path}. It may be a link from an older version of Followthrough.</p>
      </EmptyState>
    </>
  );
}
