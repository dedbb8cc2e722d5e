export * from './domain/holiday-calendar';
export * from './domain/calendar.errors';
export { shippedCalendar } from './data/shipped-calendar';
