export { TimersModule } from './timers.module';
export { TimerService, TimerOptions, TimerRun, TIMER_QUEUE } from './timer.service';
export { TimerKind, TIMER_KIND_LABELS, TimerOutcome, timerId } from './timer-kinds';
export { FLASH_REPORT_RAISED, FlashReportRaisedData } from './flash-report';
export { TIMER_LAPSED, TimerLapsedData } from './timer-lapse';
