// The calendar-day helpers live in ../dates, shared with the cycle and the settings.
export { calendarDayIn, localCalendarDay, localMidnight } from '../dates';
