export * from './domain/holiday-calendar';
export { shippedCalendar } from './data/shipped-calendar';
