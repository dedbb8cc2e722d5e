import { EventStore1763798400000 } from './1763798400000-event-store';
import { IncidentView1763798500000 } from './1763798500000-incident-view';
import { UnitsPeopleAccess1763798600000 } from './1763798600000-units-people-access';
import { IncidentFlow1763798700000 } from './1763798700000-incident-flow';
import { SignedCheckpoints1764000000000 } from './1764000000000-signed-checkpoints';
import { HolidayCalendar1764000100000 } from './1764000100000-holiday-calendar';
import { Duty1764000200000 } from './1764000200000-duty';
import { JobQueue1764000300000 } from './1764000300000-job-queue';
import { Timers1764000310000 } from './1764000310000-timers';
import { Notifications1764000400000 } from './1764000400000-notifications';
import { DailyReports1764000500000 } from './1764000500000-daily-reports';
import { UnitStandDown1764000600000 } from './1764000600000-unit-stand-down';
import { SpecialReports1764000700000 } from './1764000700000-special-reports';
import { DutyPosts1764000800000 } from './1764000800000-duty-posts';
import { PrivilegedRoleGrants1764000950000 } from './1764000950000-privileged-role-grants';
import { AuthSessions1764001000000 } from './1764001000000-auth-sessions';
import { EventLogRowSecurity1764001100000 } from './1764001100000-event-log-row-security';
import { IndependentWitness1764001200000 } from './1764001200000-independent-witness';
import { SpecialReportWithdrawal1764002100000 } from './1764002100000-special-report-withdrawal';
import { StreamSnapshots1764002200000 } from './1764002200000-stream-snapshots';
import { Documents1764004000000 } from './1764004000000-documents';
import { Leadership1764006000000 } from './1764006000000-leadership';
import { HandlingPlans1764006100000 } from './1764006100000-handling-plans';
import { TakedownRequests1764007000000 } from './1764007000000-takedown-requests';
import { Evidence1764008000000 } from './1764008000000-evidence';
import { CapturedPosts1764008100000 } from './1764008100000-captured-posts';
import { AttachmentPreviews1764008200000 } from './1764008200000-attachment-previews';
import { PasswordChangeAtSignIn1764009000000 } from './1764009000000-password-change-at-sign-in';
import { Intake1764011000000 } from './1764011000000-intake';
import { Assessment1764012000000 } from './1764012000000-assessment';
import { TaskResponsible1764013000000 } from './1764013000000-task-responsible';
import { IncidentResponsibility1764014000000 } from './1764014000000-incident-responsibility';
import { TownshipLocalHandling1764014010000 } from './1764014010000-township-local-handling';
import { DeskArrivals1764014020000 } from './1764014020000-desk-arrivals';
import { DocumentLayoutVersion1764014200000 } from './1764014200000-document-layout-version';
import { FlashReports1764014300000 } from './1764014300000-flash-reports';
import { GradeScales1764014310000 } from './1764014310000-grade-scales';
import { AssessmentDueHistory1764014320000 } from './1764014320000-assessment-due-history';
import { AssessmentIncidents1764014500000 } from './1764014500000-assessment-incidents';
import { IntakeWatchList1764014700000 } from './1764014700000-intake-watch-list';
import { IntakeQueueCount1764014800000 } from './1764014800000-intake-queue-count';
import { SpreadReadings1764014900000 } from './1764014900000-spread-readings';
import { IntakeReplyDeadlines1764014910000 } from './1764014910000-intake-reply-deadlines';
import { IntakeGramHashes1764014920000 } from './1764014920000-intake-gram-hashes';
import { IncidentReadsAtSize1764014950000 } from './1764014950000-incident-reads-at-size';
import { IncidentLogRead1764014950100 } from './1764014950100-incident-log-read';

/** Every migration, in order. Forward-only: once applied, a migration is never edited. */
export const migrations = [
  EventStore1763798400000,
  IncidentView1763798500000,
  UnitsPeopleAccess1763798600000,
  IncidentFlow1763798700000,
  SignedCheckpoints1764000000000,
  HolidayCalendar1764000100000,
  Duty1764000200000,
  JobQueue1764000300000,
  Timers1764000310000,
  Notifications1764000400000,
  DailyReports1764000500000,
  UnitStandDown1764000600000,
  SpecialReports1764000700000,
  DutyPosts1764000800000,
  PrivilegedRoleGrants1764000950000,
  AuthSessions1764001000000,
  EventLogRowSecurity1764001100000,
  IndependentWitness1764001200000,
  SpecialReportWithdrawal1764002100000,
  StreamSnapshots1764002200000,
  Documents1764004000000,
  Leadership1764006000000,
  HandlingPlans1764006100000,
  TakedownRequests1764007000000,
  Evidence1764008000000,
  CapturedPosts1764008100000,
  AttachmentPreviews1764008200000,
  PasswordChangeAtSignIn1764009000000,
  Intake1764011000000,
  Assessment1764012000000,
  TaskResponsible1764013000000,
  IncidentResponsibility1764014000000,
  TownshipLocalHandling1764014010000,
  DeskArrivals1764014020000,
  DocumentLayoutVersion1764014200000,
  FlashReports1764014300000,
  GradeScales1764014310000,
  AssessmentDueHistory1764014320000,
  AssessmentIncidents1764014500000,
  IntakeWatchList1764014700000,
  IntakeQueueCount1764014800000,
  SpreadReadings1764014900000,
  IntakeReplyDeadlines1764014910000,
  IntakeGramHashes1764014920000,
  IncidentReadsAtSize1764014950000,
  IncidentLogRead1764014950100,
];
