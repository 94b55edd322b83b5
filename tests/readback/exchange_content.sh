# Sourced by the exchange tests: content FILE REGION_CODES prints the records of a data file, compared by what they
# are (ids differ between files): units of those regions with region and type, and every record with its unit's uuid.
content() {
  sqlite3 "$1" "
    SELECT 'unit', u.uuid, u.name, r.code, t.name, coalesce(u.credit_code, ''), u.address, u.leader, u.phone, coalesce(u.staff_count, ''), u.note
      FROM units u JOIN regions r ON r.id = u.region_id JOIN unit_types t ON t.id = u.type_id WHERE u.region_id IN (SELECT id FROM regions WHERE code IN ($2))
    UNION ALL SELECT 'survey', s.uuid, u.uuid, s.round_year, coalesce(s.date, ''), s.issued, s.returned, s.satisfied, s.basic, s.dissatisfied, ''
      FROM surveys s JOIN units u ON u.id = s.unit_id
    UNION ALL SELECT 'activity', a.uuid, u.uuid, a.date, a.kind, coalesce(a.participants, ''), a.description, '', '', '', ''
      FROM activities a JOIN units u ON u.id = a.unit_id
    UNION ALL SELECT 'file', coalesce(a.uuid, v.uuid), f.sha256, f.file_name, f.size, '', '', '', '', '', ''
      FROM attachments f LEFT JOIN activities a ON a.id = f.activity_id LEFT JOIN veto_events v ON v.id = f.veto_event_id
    UNION ALL SELECT 'veto', v.uuid, u.uuid, k.name, v.date, v.note, '', '', '', '', ''
      FROM veto_events v JOIN units u ON u.id = v.unit_id JOIN veto_kinds k ON k.id = v.kind_id
    UNION ALL SELECT 'prereq', u.uuid, p.round_year, k.code, p.date, p.evidence, '', '', '', '', ''
      FROM prerequisites p JOIN units u ON u.id = p.unit_id JOIN prerequisite_kinds k ON k.id = p.kind_id
    UNION ALL SELECT 'demo', u.uuid, d.year, d.level, '', '', '', '', '', '', '' FROM demonstration_points d JOIN units u ON u.id = d.unit_id
    UNION ALL SELECT 'rect', x.uuid, u.uuid, x.finding, x.deadline, coalesce(x.closed_date, ''), x.closing_evidence, '', '', '', ''
      FROM rectifications x JOIN units u ON u.id = x.unit_id
    UNION ALL SELECT 'score', u.uuid, s.round_year, s.version, a.name, ar.name, i.name, sc.value, '', '', ''
      FROM scores sc JOIN units u ON u.id = sc.unit_id JOIN indicator_systems s ON s.id = sc.system_id JOIN assessors a ON a.id = sc.assessor_id
      JOIN indicators i ON i.id = sc.indicator_id JOIN indicator_areas ar ON ar.id = i.area_id WHERE sc.stage = 'local'
    UNION ALL SELECT 'recommend', rc.uuid, rc.round_year, r.code, rc.date, rc.override_reason,
      (SELECT group_concat(uuid, ',') FROM (SELECT u.uuid FROM recommendation_units ru JOIN units u ON u.id = ru.unit_id
                                            WHERE ru.recommendation_id = rc.id ORDER BY ru.rank)), '', '', '', ''
      FROM recommendations rc JOIN regions r ON r.id = rc.region_id WHERE r.code IN ($2)
    ORDER BY 1, 2, 3, 4, 5" | sort
}

# decisions FILE REGION_CODES prints what comes down to an office serving those regions: every round's calendar and
# indicator systems, the quotas of those regions, and the namings and reviews of their units (by unit identity).
decisions() {
  sqlite3 "$1" "
    SELECT 'round', year, title, '', '', '' FROM rounds
    UNION ALL SELECT 'phase', round_year, kind, start_date, end_date, '' FROM round_phases
    UNION ALL SELECT 'deadline', round_year, date, title, '', '' FROM round_deadlines
    UNION ALL SELECT 'scope', s.round_year, t.name, '', '', '' FROM round_scope s JOIN unit_types t ON t.id = s.type_id
    UNION ALL SELECT 'system', s.round_year, s.version, s.pass_line, s.satisfaction_min, s.trim_min_assessors FROM indicator_systems s
    UNION ALL SELECT 'indicator', s.round_year, s.version, ar.name, i.name, i.points
      FROM indicators i JOIN indicator_areas ar ON ar.id = i.area_id JOIN indicator_systems s ON s.id = ar.system_id
    UNION ALL SELECT 'quota', q.round_year, r.code, q.quota, '', '' FROM quotas q JOIN regions r ON r.id = q.region_id WHERE r.code IN ($2)
    UNION ALL SELECT 'named', n.round_year, n.doc_no, n.date, u.uuid, ''
      FROM namings n JOIN naming_units nu ON nu.naming_id = n.id JOIN units u ON u.id = nu.unit_id
      WHERE u.region_id IN (SELECT id FROM regions WHERE code IN ($2)) AND n.doc_no LIKE '%下发%'
    UNION ALL SELECT 'review', v.round_year, u.uuid, v.outcome, v.date, v.doc_no
      FROM reviews v JOIN units u ON u.id = v.unit_id WHERE u.region_id IN (SELECT id FROM regions WHERE code IN ($2)) AND v.doc_no LIKE '%下发%'" | sort
}

