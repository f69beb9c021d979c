import { commitmentOf } from '../shared/extract/language';
import { CHANGES_ANNOUNCEMENT, fold } from '../shared/extract/language';
for (const s of process.argv.slice(2)) console.log(commitmentOf(s), CHANGES_ANNOUNCEMENT.test(fold(s)), '|', s);
