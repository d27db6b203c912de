// The plans module's pure rules other modules use; a model itself, so it loads no database, HTTP or NLP code.
export { dailyEffortByWeek } from './daily-practice-schedule.models';
