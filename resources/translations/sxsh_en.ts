<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesWindow</name>
    <message numerus="yes">
        <source>Activities (%n)</source>
        <translation>
            <numerusform>Activities (%n)</numerusform>
            <numerusform>Activities (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>Conflicts (%n open)</source>
        <translation>
            <numerusform>Conflicts (%n open)</numerusform>
            <numerusform>Conflicts (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsWindow</name>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Follow-ups due (%n)</numerusform>
            <numerusform>Follow-ups due (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln enterprise(s) found</source>
        <translation>
            <numerusform>%Ln enterprise found</numerusform>
            <numerusform>%Ln enterprises found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enterprise(s)</source>
        <translation>
            <numerusform>%Ln enterprise</numerusform>
            <numerusform>%Ln enterprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinistryOverviewDialog</name>
    <message numerus="yes">
        <source>%n roll-up(s) missing</source>
        <translation>
            <numerusform>%n roll-up missing</numerusform>
            <numerusform>%n roll-ups missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <translation>
            <numerusform>%n returned</numerusform>
            <numerusform>%n returned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message numerus="yes">
        <source>Assessments to review: %n</source>
        <translation>
            <numerusform>Assessments to review: %n</numerusform>
            <numerusform>Assessments to review: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package conflicts: %n</source>
        <translation>
            <numerusform>Package conflicts: %n</numerusform>
            <numerusform>Package conflicts: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due: %n</source>
        <translation>
            <numerusform>Follow-ups due: %n</numerusform>
            <numerusform>Follow-ups due: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported assessments awaiting review (%n)</source>
        <translation>
            <numerusform>Imported assessments awaiting review (%n)</numerusform>
            <numerusform>Imported assessments awaiting review (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Follow-ups due (%n)</numerusform>
            <numerusform>Follow-ups due (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message numerus="yes">
        <source>&amp;Conflicts (%n open)…</source>
        <translation>
            <numerusform>&amp;Conflicts (%n open)…</numerusform>
            <numerusform>&amp;Conflicts (%n open)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and by the consultant: the office version was kept for now. Review them and choose which version to keep.</source>
        <translation>
            <numerusform>%n record was changed both here and by the consultant: the office version was kept for now. Review it and choose which version to keep.</numerusform>
            <numerusform>%n records were changed both here and by the consultant: the office version was kept for now. Review them and choose which version to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message numerus="yes">
        <source>%n assessment(s) chosen</source>
        <translation>
            <numerusform>%n assessment chosen</numerusform>
            <numerusform>%n assessments chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsToFixDialog</name>
    <message numerus="yes">
        <source>%n stored value(s) break a field rule, most likely saved by an earlier version. They cannot be sent to the Centre until they are fixed: choose one and click Fix.</source>
        <translation>
            <numerusform>%n stored value breaks a field rule, most likely saved by an earlier version. It cannot be sent to the Centre until it is fixed: choose it and click Fix.</numerusform>
            <numerusform>%n stored values break a field rule, most likely saved by an earlier version. They cannot be sent to the Centre until they are fixed: choose one and click Fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message numerus="yes">
        <source>The chosen pages are not in the report, which has %n page(s).</source>
        <translation>
            <numerusform>The chosen pages are not in the report, which has %n page.</numerusform>
            <numerusform>The chosen pages are not in the report, which has %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <source>Imported assessments awaiting a decision (%n)</source>
        <translation>
            <numerusform>Imported assessments awaiting a decision (%n)</numerusform>
            <numerusform>Imported assessments awaiting a decision (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
