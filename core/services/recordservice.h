// Recording what happens between appraisals (DOMAIN.md §4–6, §8), one service per record kind: veto events,
// prerequisites, surveys, activities, 示范点, round calendars, rectifications and assessors. Each call is one
// transaction, checked before it is written.
#pragma once

#include "services/activityservice.h"
#include "services/assessorservice.h"
#include "services/calendarservice.h"
#include "services/demopointservice.h"
#include "services/prerequisiteservice.h"
#include "services/rectificationservice.h"
#include "services/surveyservice.h"
#include "services/vetoservice.h"

namespace cd {

// The services together, for a page or a command that records several kinds (rec.veto.addVeto, rec.survey.surveys, …).
struct RecordService
{
    explicit RecordService(Database &db) : veto(db), prereq(db), survey(db), activity(db), demo(db), calendar(db), rectify(db), assessor(db) {}
    AttachmentStore attachments() const { return veto.attachments(); }
    VetoService veto;
    PrerequisiteService prereq;
    SurveyService survey;
    ActivityService activity;
    DemoPointService demo;
    CalendarService calendar;
    RectificationService rectify;
    AssessorService assessor;
};

} // namespace cd
