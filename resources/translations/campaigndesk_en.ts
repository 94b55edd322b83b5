<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cd::Command</name>
    <message numerus="yes">
        <source>Recommend %n unit(s)</source>
        <translation>
            <numerusform>Recommend %n unit</numerusform>
            <numerusform>Recommend %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name %n unit(s) (%1)</source>
        <translation>
            <numerusform>Name %n unit (%1)</numerusform>
            <numerusform>Name %n units (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::EvidenceBinder</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s)</source>
        <translation>
            <numerusform>%n PDF file</numerusform>
            <numerusform>%n PDF files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s)</source>
        <translation>
            <numerusform>%n other file</numerusform>
            <numerusform>%n other files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Exchange</name>
    <message numerus="yes">
        <source>its manifest counts %n record(s) of %1, but it holds none.</source>
        <translation>
            <numerusform>its manifest counts %n record of %1, but it holds none.</numerusform>
            <numerusform>its manifest counts %n records of %1, but it holds none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its manifest counts %n record(s) in %1, but the part holds %2.</source>
        <translation>
            <numerusform>its manifest counts %n record in %1, but the part holds %2.</numerusform>
            <numerusform>its manifest counts %n records in %1, but the part holds %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ExchangeDialog</name>
    <message numerus="yes">
        <source>The package for %1 holds %n record(s). Take %2 to that office; its receipt comes back with the answer.</source>
        <translation>
            <numerusform>The package for %1 holds %n record. Take %2 to that office; its receipt comes back with the answer.</numerusform>
            <numerusform>The package for %1 holds %n records. Take %2 to that office; its receipt comes back with the answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were acknowledged; the next package carries only what changes from now on.</source>
        <translation>
            <numerusform>%n record was acknowledged; the next package carries only what changes from now on.</numerusform>
            <numerusform>%n records were acknowledged; the next package carries only what changes from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) waiting for a receipt</source>
        <translation>
            <numerusform>%n package waiting for a receipt</numerusform>
            <numerusform>%n packages waiting for a receipt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) applied</source>
        <translation>
            <numerusform>%n record applied</numerusform>
            <numerusform>%n records applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ExchangeRepository</name>
    <message numerus="yes">
        <source>the unit still has %n record(s) in this file; remove them first, then receive the package again</source>
        <translation>
            <numerusform>the unit still has %n record in this file; remove it first, then receive the package again</numerusform>
            <numerusform>the unit still has %n records in this file; remove them first, then receive the package again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ExportActions</name>
    <message numerus="yes">
        <source>Binding %1 with %n evidence file(s)…</source>
        <translation>
            <numerusform>Binding %1 with %n evidence file…</numerusform>
            <numerusform>Binding %1 with %n evidence files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FindDialog</name>
    <message numerus="yes">
        <source>%n found; double-click one to open its unit&apos;s record.</source>
        <translation>
            <numerusform>%n found; double-click it to open its unit&apos;s record.</numerusform>
            <numerusform>%n found; double-click one to open its unit&apos;s record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::LedgerPage</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message numerus="yes">
        <source>Next deadline %1 %2: %n working day(s) left</source>
        <translation>
            <numerusform>Next deadline %1 %2: %n working day left</numerusform>
            <numerusform>Next deadline %1 %2: %n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) overdue</source>
        <translation>
            <numerusform>%n rectification overdue</numerusform>
            <numerusform>%n rectifications overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up automatically to %1 (the newest %n kept).</source>
        <translation>
            <numerusform>Backed up automatically to %1 (the newest copy kept).</numerusform>
            <numerusform>Backed up automatically to %1 (the newest %n kept).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::RecordPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n record(s))</source>
        <translation>
            <numerusform>(%n record)</numerusform>
            <numerusform>(%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::RectificationPage</name>
    <message numerus="yes">
        <source>%n finding(s): %1 open, %2 past the deadline</source>
        <translation>
            <numerusform>%n finding: %1 open, %2 past the deadline</numerusform>
            <numerusform>%n findings: %1 open, %2 past the deadline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::RosterImport</name>
    <message numerus="yes">
        <source>%1 lacks the required column(s) %2 in its header row.</source>
        <translation>
            <numerusform>%1 lacks the required column %2 in its header row.</numerusform>
            <numerusform>%1 lacks the required columns %2 in its header row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TimelineWidget</name>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::UnitDossier</name>
    <message numerus="yes">
        <source>%1: total %2 from %n assessor(s), rank %3 of %4 appraised.</source>
        <translation>
            <numerusform>%1: total %2 from %n assessor, rank %3 of %4 appraised.</numerusform>
            <numerusform>%1: total %2 from %n assessors, rank %3 of %4 appraised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: total %2 from %n assessor(s), not eligible: %3.</source>
        <translation>
            <numerusform>%1: total %2 from %n assessor, not eligible: %3.</numerusform>
            <numerusform>%1: total %2 from %n assessors, not eligible: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older change(s) are kept in the data file.</source>
        <translation>
            <numerusform>%n older change is kept in the data file.</numerusform>
            <numerusform>%n older changes are kept in the data file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::UnitsPage</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unit(s))</source>
        <translation>
            <numerusform>(%n unit)</numerusform>
            <numerusform>(%n units)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::WayUpPage</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Workbench</name>
    <message numerus="yes">
        <source>%1 %2: %n working day(s) left</source>
        <translation>
            <numerusform>%1 %2: %n working day left</numerusform>
            <numerusform>%1 %2: %n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides, both versions kept</source>
        <translation>
            <numerusform>%n record changed on both sides, both versions kept</numerusform>
            <numerusform>%n records changed on both sides, both versions kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message numerus="yes">
        <source>%n unit(s) due for review in this round.</source>
        <translation>
            <numerusform>%n unit due for review in this round.</numerusform>
            <numerusform>%n units due for review in this round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were rejected, so no score was imported.</source>
        <translation>
            <numerusform>%n cell was rejected, so no score was imported.</numerusform>
            <numerusform>%n cells were rejected, so no score was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, so nothing was imported. Correct them, or use --only-valid to import the good rows.</source>
        <translation>
            <numerusform>%n row was rejected, so nothing was imported. Correct it, or use --only-valid to import the good rows.</numerusform>
            <numerusform>%n rows were rejected, so nothing was imported. Correct them, or use --only-valid to import the good rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s).</source>
        <translation>
            <numerusform>%n unit.</numerusform>
            <numerusform>%n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) appraised.</source>
        <translation>
            <numerusform>%n unit appraised.</numerusform>
            <numerusform>%n units appraised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded activity %1 with %n attached file(s).</source>
        <translation>
            <numerusform>Recorded activity %1 with %n attached file.</numerusform>
            <numerusform>Recorded activity %1 with %n attached files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) overdue.</source>
        <translation>
            <numerusform>%n rectification overdue.</numerusform>
            <numerusform>%n rectifications overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded the receipt of the package %1: %n record(s) acknowledged.</source>
        <translation>
            <numerusform>Recorded the receipt of the package %1: %n record acknowledged.</numerusform>
            <numerusform>Recorded the receipt of the package %1: %n records acknowledged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded recommendation %1 of %n unit(s).</source>
        <translation>
            <numerusform>Recorded recommendation %1 of %n unit.</numerusform>
            <numerusform>Recorded recommendation %1 of %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded naming %1 of %n unit(s).</source>
        <translation>
            <numerusform>Recorded naming %1 of %n unit.</numerusform>
            <numerusform>Recorded naming %1 of %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new unit(s)</source>
        <translation>
            <numerusform>%n new unit</numerusform>
            <numerusform>%n new units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) hold the title</source>
        <translation>
            <numerusform>%n unit holds the title</numerusform>
            <numerusform>%n units hold the title</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
