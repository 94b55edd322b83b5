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
    ORDER BY 1, 2, 3, 4, 5" | sort
}

