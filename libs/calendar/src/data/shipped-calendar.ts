import shipped from './cn-public-holidays.json';
import { HolidayCalendar, parseCalendar } from '../domain/holiday-calendar';

/** The calendar shipped with the platform (2025 verified; 2026 to be checked by the county ADMIN). */
export function shippedCalendar(): HolidayCalendar {
  return new HolidayCalendar(parseCalendar(shipped));
}
