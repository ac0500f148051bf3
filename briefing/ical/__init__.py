"""A visit's programme as an iCalendar file (RFC 5545), made with the icalendar library. No Qt.

build_calendar(visit, person_id=None) -> Calendar   # bytes and warnings
"""

from briefing.ical.build import Calendar, build_calendar, event_uid

__all__ = ["Calendar", "build_calendar", "event_uid"]
