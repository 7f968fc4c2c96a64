package app.kindred.core.checkin;

import app.kindred.core.mood.MoodHistory;
import app.kindred.core.store.StorePorts;

/** The storage ports the check-in feature works with. */
public record CheckinPorts(CheckinSchedules schedules, DueCheckins due, AnsweredCheckins answered, MoodHistory moods) {

    public static CheckinPorts from(StorePorts store) {
        return new CheckinPorts(store.checkinSchedules(), store.dueCheckins(), store.answeredCheckins(),
                store.moodHistory());
    }
}
