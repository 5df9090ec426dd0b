// The time zones the tests run in: far from the site's own (Asia/Bangkok, UTC+7) on both sides,
// so a date that slips through the machine's zone shows up as the day before or the day after.

/** The zone of the test workers and of the builds they read: UTC−8 (UTC−7 in summer). */
export const BUILD_ZONE = 'America/Los_Angeles';

/** The second zone the built pages must read the same in: UTC+14, the earliest on Earth. */
export const OTHER_ZONE = 'Pacific/Kiritimati';
