<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tv::FlagKind</name>
    <message>
        <location filename="../models/domain/Flag.cpp" line="35"/>
        <source>Active social care / early help involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="38"/>
        <source>Known to social care / early help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="41"/>
        <source>Known to other supporting services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="43"/>
        <source>Child looked after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="45"/>
        <source>Child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="47"/>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="49"/>
        <source>Young carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="52"/>
        <source>Education, health and care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="55"/>
        <source>SEN / children with disability support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="58"/>
        <source>Safeguarding notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="60"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="62"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="64"/>
        <source>Worklessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="66"/>
        <source>Need support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="68"/>
        <source>Services supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="70"/>
        <source>Substance misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="72"/>
        <source>Crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="75"/>
        <source>Anti-social behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="77"/>
        <source>Domestic violence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::FlagState</name>
    <message>
        <location filename="../models/domain/Flag.cpp" line="17"/>
        <source>No information on database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="18"/>
        <source>Historic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="19"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::NhsNumber</name>
    <message>
        <location filename="../models/domain/NhsNumber.cpp" line="48"/>
        <source>NHS number: enter all 10 digits, for example 943 476 5919.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/NhsNumber.cpp" line="51"/>
        <source>NHS number: use only digits and spaces, for example 943 476 5919.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/NhsNumber.cpp" line="57"/>
        <source>NHS number: 1 digit was given; enter all 10, for example 943 476 5919.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/NhsNumber.cpp" line="61"/>
        <source>NHS number: %n digits were given; enter all 10, for example 943 476 5919.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/NhsNumber.cpp" line="66"/>
        <source>NHS number: %n digits were given; an NHS number has 10, for example 943 476 5919.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/NhsNumber.cpp" line="71"/>
        <source>NHS number: the last digit does not match the first nine, so this is not a real NHS number: check each digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::Role</name>
    <message>
        <location filename="../models/domain/User.cpp" line="16"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/User.cpp" line="17"/>
        <source>Transform team administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/User.cpp" line="18"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::conditions</name>
    <message>
        <location filename="../models/domain/Access.cpp" line="18"/>
        <source>Your email address has not been verified. Ask the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="21"/>
        <source>No current basic DBS check is recorded for you. Send your certificate&apos;s date to the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="25"/>
        <source>Your TransformView training is not recorded as completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="28"/>
        <source>Your employer has not confirmed your safer recruitment checks to the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="32"/>
        <source>Your organisation&apos;s information sharing agreement is not signed or is past its review date. Ask your head teacher or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="36"/>
        <source>You have not accepted the current data protection statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="39"/>
        <source>You have not set up your authenticator app (two-step sign-in) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="71"/>
        <source>A condition of your access is not met. Ask the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::AssessmentModel</name>
    <message>
        <location filename="../models/person/AssessmentModel.cpp" line="10"/>
        <source>Assessment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AssessmentModel.cpp" line="12"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AssessmentModel.cpp" line="13"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AssessmentModel.cpp" line="15"/>
        <source>Creator email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::AttendanceModel</name>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="11"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="18"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="20"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="57"/>
        <source>Below the %1 persistent absence threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="59"/>
        <source>At or above the %1 persistent absence threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::CoverageModel</name>
    <message>
        <location filename="../models/person/CoverageModel.cpp" line="9"/>
        <source>Source coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/CoverageModel.cpp" line="26"/>
        <source>%1: covers %2, last updated %3</source>
        <comment>source: covers &lt;date range&gt;, last updated &lt;date&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/CoverageModel.cpp" line="42"/>
        <source>%1: covers %2, last updated %3</source>
        <comment>source: covers &lt;date range read aloud&gt;, last updated &lt;date&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::FlagModel</name>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="15"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="19"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="24"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="73"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="75"/>
        <source>Assessed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="76"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="96"/>
        <source>%1: %2. %3.</source>
        <comment>flag: state. assessment.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::Format</name>
    <message>
        <location filename="../models/common/Format.cpp" line="16"/>
        <source>%1 – %2</source>
        <comment>a range of two dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/Format.cpp" line="21"/>
        <source>%1 to %2</source>
        <comment>a range of two dates, read aloud</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/Format.cpp" line="26"/>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/Format.cpp" line="47"/>
        <source>%1, date of birth not recorded</source>
        <comment>a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/Format.cpp" line="48"/>
        <source>%1, born %2</source>
        <comment>a person&apos;s name, their date of birth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/Format.cpp" line="62"/>
        <source>; </source>
        <comment>between the names of two flags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/Format.cpp" line="64"/>
        <source>Current: %1. Historic: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/Format.cpp" line="68"/>
        <source>Current: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/Format.cpp" line="70"/>
        <source>Historic: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/common/Format.cpp" line="76"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::HouseholdModel</name>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="32"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="37"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="54"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="81"/>
        <source>This record is restricted while a request about it is considered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::InvolvementModel</name>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="17"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="19"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="21"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="28"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="30"/>
        <source>Lead professional email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="23"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::MyReportsModel</name>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="10"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="11"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="15"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="19"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="24"/>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="38"/>
        <source>Open</source>
        <comment>an inaccuracy report not yet acted on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="40"/>
        <source>Forwarded to the data owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="42"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="50"/>
        <source>Not shown</source>
        <comment>whom a report is about, when the service did not say</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="53"/>
        <source>%1 (restricted record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="71"/>
        <source>The service did not say whom this report is about: it names people only while your access to records is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="75"/>
        <source>This record is restricted while a request about it is considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="79"/>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::PersonDetailsModel</name>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="20"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="21"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="22"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="23"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="24"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="25"/>
        <source>UPN (student ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="26"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="27"/>
        <source>LCS case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="45"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="46"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonDetailsModel.cpp" line="73"/>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::PersonPageModels</name>
    <message>
        <location filename="../models/person/PersonPageModels.cpp" line="128"/>
        <source>No current or historic flags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::PersonSummaryModel</name>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="10"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="14"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="16"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="23"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="28"/>
        <source>Current school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="44"/>
        <source>Restricted: this person&apos;s record is closed while a dispute about it is considered, so it cannot be opened. Contact your Transform team if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="62"/>
        <source>%1 (Restricted)</source>
        <extracomment>A search result whose record is restricted (Appendix C 13.6).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="92"/>
        <source>Under 1 year old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="73"/>
        <source>Under 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="94"/>
        <source>1 year old</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/search/PersonSummaryModel.cpp" line="95"/>
        <source>%n years old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tv::models::PersonViewGroups</name>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="20"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="22"/>
        <source>Vulnerability criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="24"/>
        <source>Individual flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="26"/>
        <source>Transform vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="28"/>
        <source>Involvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="30"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="32"/>
        <source>Education (attendance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="105"/>
        <source>%1: %2</source>
        <comment>group: field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="112"/>
        <source>%1: %2</source>
        <comment>group: flag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="121"/>
        <source>%1: row %2</source>
        <comment>group: row number from 1</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::net::ServiceClient</name>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="141"/>
        <source>The server could not be reached. Check the server address and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="149"/>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="145"/>
        <source>The server&apos;s identity could not be verified, so the connection was refused. Contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="165"/>
        <source>The server&apos;s certificate is not the one this computer was set up to trust, so the connection was refused. Someone may be intercepting it. Contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="174"/>
        <source>The connection to the server was lost before it answered. The server may have stopped. Check whether what you did took effect, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="152"/>
        <source>The service answered with something this program cannot read. Check the server address, or contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="137"/>
        <source>The server had a fault and could not complete the request. Try again later; if it keeps happening, contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="95"/>
        <source>Date of birth: use day/month/year, for example 04/03/2012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="102"/>
        <source>NHS number: enter all 10 digits, for example 943 476 5919. The number entered is not a real NHS number, so check it for a wrong digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="90"/>
        <source>Name: enter a first name, a last name or both, in letters, for example Ada Smith (at most %1 words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="98"/>
        <source>UPN: enter the unique pupil number, up to %1 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="106"/>
        <source>LCS case ID: enter the case number from the social care system, up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="111"/>
        <source>Postcode: enter a full postcode (TA1 1AA), or its first part (TA1) to search an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="108"/>
        <source>The sign-in details were not recognised. Check your email address and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="114"/>
        <source>Your session has expired. Sign in again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="112"/>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="125"/>
        <source>The code was not right, or it has been used already. Your password was right, so you can try again: enter the code your authenticator app shows now, or a recovery code you have not used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="121"/>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="143"/>
        <source>Too many unsuccessful sign-ins. Wait %1 minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="148"/>
        <source>Too many unsuccessful sign-ins. Wait %1 seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="153"/>
        <source>Too many unsuccessful sign-ins. Wait a second, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="130"/>
        <source>Too many unsuccessful sign-ins. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="119"/>
        <source>Your access to TransformView has lapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="161"/>
        <source>Contact your Transform team to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="117"/>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="103"/>
        <source>The service has no such record. It may have been removed; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="77"/>
        <source>The service did not accept the request from this program. Contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="156"/>
        <source>The server address is not a valid web address. Enter it in the form https://transform.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="160"/>
        <source>The server address must start with https:// so that the connection is encrypted. Plain http is allowed only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/ErrorCode.h" line="170"/>
        <source>A pinned key must be the base64 SHA-256 of the server&apos;s public key (44 characters ending in &apos;=&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::startup::CommandLine</name>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="56"/>
        <source>TransformView shows school safeguarding staff a read-only, minimised and audited view of the council&apos;s Transform data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="61"/>
        <source>Start a local training service with fictional sample data and prepare the sign-in for the demo trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="65"/>
        <source>The address of the TransformView service, for example https://transform.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="67"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="70"/>
        <source>Read the deployment settings set by your IT department (server address, pinned keys, idle lock) from FILE instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="73"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="87"/>
        <source>Unexpected argument: %1. Run transform-view --help to see what it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="95"/>
        <source>--training starts its own local service, so it cannot be combined with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="104"/>
        <source>--deployment needs the path of a deployment file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::startup::DeploymentConfig</name>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="82"/>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="106"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="110"/>
        <source>The file is larger than %1 KiB, too large for a deployment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="118"/>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="140"/>
        <location filename="../app/startup/DeploymentConfig.cpp" line="160"/>
        <source>Line %1: &quot;%2&quot; is not a [section], a key=value setting or a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="149"/>
        <source>Line %1: [%2] is not a section of a deployment file; the sections are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="168"/>
        <source>Line %1: %2 is not under a section; put it under one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="175"/>
        <source>Line %1: %2 is not a setting of [%3]; its settings are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="182"/>
        <source>Line %1, %2: This is set a second time; the first is on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="190"/>
        <source>The value is empty; give a value or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="200"/>
        <source>The deployment file %1 cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="204"/>
        <source>TransformView does not start until it is corrected. Ask your IT department to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="254"/>
        <source>&quot;%1&quot; is not a pin. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="263"/>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="267"/>
        <source>The file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="285"/>
        <source>&quot;%1&quot; is not a whole number of minutes from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/DeploymentConfig.cpp" line="300"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::store::EncryptedSessionStore</name>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="121"/>
        <source>Your saved session could not be unlocked because its key is no longer in your keyring. It has been cleared; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="124"/>
        <source>The key in your keyring does not belong to the saved session on this computer. The saved session has been cleared; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="127"/>
        <source>Your saved session was damaged. It has been cleared; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="129"/>
        <source>Your keyring is locked or refused access, so TransformView will not remember this session after it closes. Unlock your keyring and restart TransformView to have it remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="133"/>
        <source>This computer has no keyring available, so TransformView will not remember this session after it closes. Sign in to a desktop session that provides a keyring, such as GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="137"/>
        <source>The keyring could not be used, so TransformView will not remember this session after it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="140"/>
        <source>Your saved session could not be written to disk, so TransformView will not remember this session after it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="347"/>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="372"/>
        <source>The session store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="351"/>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="354"/>
        <source>The saved session could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="388"/>
        <source>The session could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/EncryptedSessionStore.cpp" line="408"/>
        <source>The saved session file could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::store::KeychainSecretStore</name>
    <message>
        <location filename="../app/store/KeychainSecretStore.cpp" line="57"/>
        <source>No saved secret was found for this account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/KeychainSecretStore.cpp" line="60"/>
        <source>This computer has no keyring available, so TransformView cannot keep its secrets safely. Sign in to a desktop session that provides a keyring, such as GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/KeychainSecretStore.cpp" line="65"/>
        <source>The keyring refused access. Unlock your keyring and allow TransformView to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/KeychainSecretStore.cpp" line="70"/>
        <source>The keyring could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::training::TrainingService</name>
    <message>
        <location filename="../app/training/TrainingService.cpp" line="124"/>
        <source>Training mode could not start its local service: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::AccessLapsedPage</name>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="6"/>
        <source>Access lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="9"/>
        <source>Why you may not see person data now, and whom to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="29"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="36"/>
        <source>Your access to person data has lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="57"/>
        <source>You are signed in, but TransformView will show no person data until this is put right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="73"/>
        <source>Unmet conditions of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="89"/>
        <source>Whom to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="133"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="136"/>
        <source>Ends this session; nothing else is possible until your access is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.ui" line="139"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.cpp" line="68"/>
        <source>A condition of your access is not met. Ask the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.cpp" line="77"/>
        <source>Contact the council&apos;s Transform team to have your access restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.cpp" line="79"/>
        <source>To have your access restored, contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.cpp" line="83"/>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/AccessLapsedPage.cpp" line="85"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::AttendanceChart</name>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="47"/>
        <location filename="../ui/person/AttendanceChart.cpp" line="148"/>
        <source>Attendance chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="110"/>
        <source>No attendance is recorded, so there is nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="119"/>
        <source>%1: %2, below the %3 line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="120"/>
        <source>%1: %2, at or above the %3 line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="123"/>
        <source>Attendance per term, with the %1 persistent absence line. Terms shown: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="315"/>
        <source>No attendance recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="196"/>
        <source>At or above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="199"/>
        <source>Below %1 (persistent absence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="259"/>
        <source>%1 persistent absence line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceChart.cpp" line="283"/>
        <source>%1 (below)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::CaptureGuard</name>
    <message>
        <location filename="../ui/platform/CaptureGuard.cpp" line="47"/>
        <source>Capture protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/CaptureGuard.cpp" line="49"/>
        <source>Capture protection not available on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/CaptureGuard.cpp" line="53"/>
        <source>Capture protection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/CaptureGuard.cpp" line="59"/>
        <source>This system offers capture protection, but it refused it for a TransformView window, so screenshots and screen recordings may show it. Person data is hidden whenever TransformView is not the active window, and every data panel carries a watermark. Tell your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::CaptureShield</name>
    <message>
        <location filename="../ui/platform/CaptureShieldUnavailable.cpp" line="15"/>
        <source>This system (X11 or Wayland) cannot stop screenshots or screen recordings of a window. TransformView hides person data whenever it is not the active window and when Print Screen is pressed, and every data panel carries a watermark with your name, organisation and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/platform/CaptureShieldWindows.cpp" line="42"/>
        <source>Windows leaves TransformView&apos;s windows out of screenshots, screen recordings and screen sharing (or shows them black). A camera pointed at the screen is not stopped: the watermark says whose screen it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::ClientShell</name>
    <message>
        <location filename="../ui/shell/ClientShell.cpp" line="120"/>
        <source>Starting the training service with fictional data. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ClientShell.cpp" line="209"/>
        <source>Training mode is ready. The demo trainer&apos;s details are filled in: press Enter to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ClientShell.cpp" line="269"/>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ClientShell.cpp" line="284"/>
        <source>The password was not right. Enter the password you signed in with, then unlock; or sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ClientShell.cpp" line="324"/>
        <source>Enter the code from your authenticator app, or one of your recovery codes, then unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ClientShell.cpp" line="397"/>
        <source>Checking your access. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::HelpDialogs</name>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="39"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="40"/>
        <source>Closes this window (Escape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="71"/>
        <source> or </source>
        <extracomment>Between two keys that do the same (&quot;Ctrl+Shift+L or Pause&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="77"/>
        <location filename="../ui/main/HelpDialogs.cpp" line="88"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="79"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="79"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="89"/>
        <source>Each key and what it does in TransformView.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="104"/>
        <source>What the three states mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="110"/>
        <source>Every flag of a record is shown in one of three states. The service works them out from the council&apos;s records, for the two years before the date the view is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="116"/>
        <source>Current: something behind the flag is still open on that date (an involvement, a plan or an episode that has not ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="121"/>
        <source>Historic: nothing is open now, but something ended within the two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="125"/>
        <source>No information on database: the council&apos;s records show nothing for it in the two years. It does not mean that nothing ever happened, only that nothing is recorded here for that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="137"/>
        <source>About TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="142"/>
        <source>TransformView version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="147"/>
        <source>The service&apos;s version is not known: it has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="148"/>
        <source>The Transform service you are signed in to is version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/HelpDialogs.cpp" line="153"/>
        <source>TransformView is built with Qt %1 (GNU Lesser General Public License version 3), QtKeychain (BSD 3-Clause licence), SQLCipher (BSD-style licence), OpenSSL (Apache License 2.0) and libsodium (ISC licence). Your council&apos;s terms of use say who may use it and how.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::HouseholdPanel</name>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="150"/>
        <source>The household has not been loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="153"/>
        <source>Loading the household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="156"/>
        <source>The household could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="157"/>
        <source>The household could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="161"/>
        <source>No one else is recorded at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="174"/>
        <source>Other people at this address: %1. Press Enter to open a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="181"/>
        <source>&amp;People at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="182"/>
        <location filename="../ui/household/HouseholdPanel.cpp" line="183"/>
        <source>People at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="184"/>
        <source>Op&amp;en record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="185"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/household/HouseholdPanel.cpp" line="187"/>
        <source>Opens the record of the selected person. You will be asked for a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::LockScreen</name>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="14"/>
        <location filename="../ui/lock/LockScreen.cpp" line="156"/>
        <source>Locked - TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="23"/>
        <source>TransformView is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="33"/>
        <source>Why TransformView is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="51"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="61"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="64"/>
        <source>Your TransformView password, to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="74"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="84"/>
        <source>Authenticator or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="87"/>
        <source>The 6-digit code your authenticator app shows now, or one of your recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="102"/>
        <source>Unlock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="133"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="136"/>
        <source>End the session instead of unlocking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="139"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="159"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="162"/>
        <source>Check the password and show TransformView again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.ui" line="165"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.cpp" line="86"/>
        <source>Checking your password. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.cpp" line="141"/>
        <source>Enter your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.cpp" line="143"/>
        <source>Enter the code from your authenticator app, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.cpp" line="155"/>
        <source>Locked - TransformView training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.cpp" line="162"/>
        <source>Everything was hidden. Enter your password and the code from your authenticator app, or one of your recovery codes, to carry on; or sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.cpp" line="164"/>
        <source>Everything was hidden. %1, enter your password and the code from your authenticator app, or one of your recovery codes, to carry on; or sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.cpp" line="170"/>
        <source>Everything was hidden. Enter your password to carry on, or sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.cpp" line="171"/>
        <source>Everything was hidden. %1, enter your password to carry on, or sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockScreen.cpp" line="179"/>
        <source>Training: the demo password is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::LoginWindow</name>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="14"/>
        <location filename="../ui/login/LoginWindow.cpp" line="73"/>
        <source>Sign in - TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="23"/>
        <source>Sign-in steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="26"/>
        <source>The current step of signing in to TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="33"/>
        <source>The server address, your email address and your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="64"/>
        <source>Sign in to TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="76"/>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="86"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="89"/>
        <source>The address of your council&apos;s TransformView service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="102"/>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="112"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="115"/>
        <source>The email address of your TransformView account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="125"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="135"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="138"/>
        <source>Your TransformView password; it is never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="168"/>
        <source>Signs in with the email address and password above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="197"/>
        <location filename="../ui/login/LoginWindow.ui" line="231"/>
        <source>Two-step sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="200"/>
        <source>The code from your authenticator app, or one of your recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="241"/>
        <source>Your password was right. Now enter the 6-digit code that your authenticator app shows for TransformView.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="257"/>
        <source>No phone to hand? Enter one of the recovery codes you were given when you set up two-step sign-in instead, for example abcde-23456. Each recovery code works only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="275"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="285"/>
        <source>Authenticator or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="288"/>
        <source>The 6-digit code your authenticator app shows now, or one of your recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="318"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="321"/>
        <source>Goes back to the email address and password; Escape does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="324"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="331"/>
        <source>Sign in with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="334"/>
        <source>Signs in with your email address, password and this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="360"/>
        <location filename="../ui/login/LoginWindow.ui" line="394"/>
        <location filename="../ui/login/LoginWindow.ui" line="420"/>
        <source>Checking your access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="363"/>
        <source>TransformView is checking your conditions of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="404"/>
        <source>You are signed in. TransformView is checking that you may see person data. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="423"/>
        <source>Busy: waiting for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="458"/>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="474"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="30"/>
        <location filename="../ui/login/LoginWindow.ui" line="165"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="171"/>
        <location filename="../ui/login/LoginWindow.ui" line="337"/>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="72"/>
        <source>Sign in - TransformView training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="97"/>
        <source>Training: the demo trainer is %1, with the password %2. Use the same password to unlock after locking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="189"/>
        <source>Signing in. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="191"/>
        <source>Recording that you accept the statement. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="332"/>
        <source>Enter the server address, for example https://transform.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="334"/>
        <source>Enter your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="336"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="357"/>
        <source>Enter the 6 digits your authenticator app shows, or a recovery code: 10 letters and numbers, for example abcde-23456.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="14"/>
        <location filename="../ui/main/MainWindow.cpp" line="555"/>
        <source>TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="26"/>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="52"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="55"/>
        <source>Ends your session on this computer and at the council, and forgets what was shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="58"/>
        <location filename="../ui/main/MainWindow.ui" line="118"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="67"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="70"/>
        <source>The search, a person&apos;s record or your inaccuracy reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="79"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="88"/>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="107"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="110"/>
        <location filename="../ui/main/MainWindow.ui" line="113"/>
        <source>Hide everything and lock TransformView until you enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="121"/>
        <source>End your session on this computer and at the council, and forget what was shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="126"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="129"/>
        <source>Sign out and close TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="134"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="137"/>
        <source>Every key that works in this window and what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="142"/>
        <source>&amp;What the three states mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="145"/>
        <source>Current, Historic and No information on database, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="150"/>
        <source>&amp;About TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="153"/>
        <source>The versions of this program and of the service, and the licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="158"/>
        <source>My inaccuracy &amp;reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="161"/>
        <location filename="../ui/main/MainWindow.ui" line="164"/>
        <source>The inaccuracies you reported and what the Transform team did with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="181"/>
        <source>Move to the next or the previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="182"/>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="183"/>
        <source>Go to the control, tab or menu whose name has that letter underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="184"/>
        <source>Arrow keys, Page Up, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="184"/>
        <source>Move between the rows of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="186"/>
        <source>Search from a search field; open the selected person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="188"/>
        <source>Hides the person data for a few seconds, as when TransformView is not the window you are using</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="291"/>
        <source>Opening the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="311"/>
        <source>Your report was sent to the Transform team. Follow it under My reports (Ctrl+Shift+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="360"/>
        <source>Screen capture protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="429"/>
        <source>Getting the reasons for access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="553"/>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="555"/>
        <source>TransformView training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="558"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="561"/>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="566"/>
        <source>Person data is hidden while TransformView is not the window you are using. Switch back to it to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="568"/>
        <source>Person data hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::MyReportsPanel</name>
    <message>
        <location filename="../ui/reports/MyReportsPanel.cpp" line="83"/>
        <location filename="../ui/reports/MyReportsPanel.cpp" line="119"/>
        <source>Loading your reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="10"/>
        <location filename="../ui/reports/MyReportsPanel.ui" line="48"/>
        <source>My inaccuracy reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="26"/>
        <source>The reports you have sent about records, and what the Transform team has done with each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.cpp" line="117"/>
        <source>Reports status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="58"/>
        <source>Selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="51"/>
        <source>One row per report: whom and what it is about, what you wrote, its status and when you sent it. The selected report is shown in full below the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="111"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="105"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="108"/>
        <source>Fetch the latest status of your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="82"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="76"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.ui" line="79"/>
        <source>Go back to where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.cpp" line="132"/>
        <source>You have not reported any inaccuracies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.cpp" line="134"/>
        <source>1 report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/MyReportsPanel.cpp" line="136"/>
        <source>%n reports.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.cpp" line="157"/>
        <source>Person: %1
About: %2
You wrote: %3
Status: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/MyReportsPanel.cpp" line="159"/>
        <source>Person: %1
About: %2
You wrote: %3
Status: %4
%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::PersonPage</name>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="447"/>
        <source>&amp;Report an inaccuracy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/InvolvementsTab.cpp" line="103"/>
        <location filename="../ui/person/PersonPage.cpp" line="452"/>
        <source>&amp;Contact lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/InvolvementsTab.cpp" line="74"/>
        <source>No mail program opened to write this email. Write to the lead professional at %1 from your own email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="501"/>
        <source>Flags at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="504"/>
        <source>No one is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="516"/>
        <source>Born %1, aged %2 on %3 (the date this view is for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="521"/>
        <source>Date of birth not recorded. This view is for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="134"/>
        <source>The service did not say which sources this view uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="139"/>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="180"/>
        <source>Sources of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="535"/>
        <source>&amp;Involvements (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="537"/>
        <source>A&amp;ttendance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="536"/>
        <source>&amp;Assessments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="540"/>
        <source>Ho&amp;usehold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="541"/>
        <source>Ho&amp;usehold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="545"/>
        <source>No involvements are recorded in the period this view covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="546"/>
        <source>No assessments are recorded in the period this view covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="547"/>
        <source>No attendance is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="557"/>
        <source>Reports an inaccuracy in the selected row of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="558"/>
        <source>Select a row in a panel first, then report an inaccuracy in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/InvolvementsTab.cpp" line="90"/>
        <source>No lead professional email is recorded for the selected involvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/InvolvementsTab.cpp" line="91"/>
        <source>Writes an email to %1 in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="567"/>
        <source>Shows the tabs to the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="569"/>
        <source>Shows the tabs to the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="570"/>
        <source>&amp;Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="571"/>
        <location filename="../ui/person/PersonPage.cpp" line="583"/>
        <source>Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="572"/>
        <source>Returns to the search results (Alt+Left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="573"/>
        <source>Back to the search results (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="574"/>
        <source>Report a&amp;n inaccuracy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="575"/>
        <location filename="../ui/person/PersonPage.cpp" line="582"/>
        <source>Report an inaccuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="576"/>
        <source>Report an inaccuracy in the selected row (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="578"/>
        <source>M&amp;y reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="579"/>
        <source>My reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="581"/>
        <source>Shows the inaccuracies you have reported and their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="584"/>
        <source>Back to the search results from a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="585"/>
        <source>Report an inaccuracy in the selected row of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="586"/>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="587"/>
        <source>The record&apos;s next section (tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="588"/>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="589"/>
        <source>The record&apos;s previous section (tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="590"/>
        <source>Row menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="592"/>
        <source>The menu of the selected row of the record (report it, contact the lead professional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/InvolvementsTab.cpp" line="104"/>
        <location filename="../ui/person/InvolvementsTab.cpp" line="105"/>
        <source>Contact lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="595"/>
        <source>Person record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="597"/>
        <source>The record in sections. Ctrl+Tab moves to the next section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="598"/>
        <source>Details and &amp;flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="172"/>
        <source>Details and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="174"/>
        <source>Personal details, vulnerability criteria, individual flags and Transform vulnerability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="176"/>
        <source>Personal &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="177"/>
        <source>&amp;Vulnerability criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="178"/>
        <source>Individual fla&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="179"/>
        <source>Transfor&amp;m vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="604"/>
        <source>Arrow keys move between rows. %1 reports an inaccuracy in the selected row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="181"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="182"/>
        <source>Vulnerability criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="183"/>
        <source>Individual flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/DetailsFlagsTab.cpp" line="184"/>
        <source>Transform vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/InvolvementsTab.cpp" line="21"/>
        <source>Involvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="238"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceTab.cpp" line="17"/>
        <source>Attendance per term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="608"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonPage.cpp" line="609"/>
        <source>The other people recorded at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/AttendanceTab.cpp" line="40"/>
        <source>Attendance chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/person/ReasonDialog.cpp" line="63"/>
        <source>Reason %1 of %2 for opening this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.cpp" line="99"/>
        <source>Choose a reason first: the arrow keys move between the reasons and choose one. Then press Enter to open the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="6"/>
        <location filename="../ui/person/ReasonDialog.ui" line="12"/>
        <source>Why are you opening this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.cpp" line="182"/>
        <source>Choose the reason. It is recorded with your name in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.cpp" line="185"/>
        <source>You are opening the record of %1. Choose the reason: it is recorded with your name in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="28"/>
        <source>Whose record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="86"/>
        <location filename="../ui/person/ReasonDialog.ui" line="92"/>
        <location filename="../ui/person/ReasonDialog.cpp" line="194"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="89"/>
        <source>Choose one reason with the arrow keys or the space bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="98"/>
        <source>The list of reasons is not available. Cancel and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="137"/>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="147"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.cpp" line="191"/>
        <source>Optional: a few words about why, at most %1 characters. It is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="164"/>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="158"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="161"/>
        <source>Open the record with the reason chosen. Choose a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="175"/>
        <location filename="../ui/person/ReasonDialog.ui" line="181"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/ReasonDialog.ui" line="178"/>
        <source>Do not open the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::ReportDialog</name>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="60"/>
        <location filename="../ui/reports/ReportDialog.cpp" line="109"/>
        <source>Sending the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="6"/>
        <location filename="../ui/reports/ReportDialog.ui" line="12"/>
        <source>Report an inaccuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="28"/>
        <source>Tell the Transform team what is wrong with this item. They check it with the service that holds the record; My reports shows what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="47"/>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="57"/>
        <source>Item reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="73"/>
        <source>Shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="83"/>
        <source>What the record shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="101"/>
        <source>&amp;What is wrong, and what should it say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="114"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="105"/>
        <source>Required, at most %1 characters. Tab moves on to the buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="127"/>
        <source>Length of the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="107"/>
        <source>Sending status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="153"/>
        <source>&amp;Send report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="147"/>
        <source>Send report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="150"/>
        <source>Send the report to the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="161"/>
        <location filename="../ui/reports/ReportDialog.ui" line="167"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.ui" line="164"/>
        <source>Close without sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="129"/>
        <source>%1 of %2 characters: %3 too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="133"/>
        <source>%1 of %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::SearchPanel</name>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="121"/>
        <location filename="../ui/search/SearchPanel.cpp" line="252"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="171"/>
        <source>1 person found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchPanel.cpp" line="174"/>
        <source>%n people found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="10"/>
        <source>Find a child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="24"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="34"/>
        <location filename="../ui/search/SearchPanel.cpp" line="255"/>
        <location filename="../ui/search/SearchPanel.cpp" line="277"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="37"/>
        <source>Given and family name, in either order. Nicknames and small spelling mistakes are found too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="44"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="57"/>
        <location filename="../ui/search/SearchPanel.cpp" line="255"/>
        <location filename="../ui/search/SearchPanel.cpp" line="279"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="60"/>
        <source>Day, month and year, for example 04/03/2012 for 4 March 2012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="63"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="70"/>
        <source>&amp;UPN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="80"/>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="100"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="103"/>
        <source>Ten digits; spaces are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="110"/>
        <source>L&amp;CS case ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="120"/>
        <source>LCS case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="123"/>
        <source>The case number in the social care system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="130"/>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="143"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="146"/>
        <source>A full postcode (TA1 1AA), or its first part (TA1) to search an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="153"/>
        <source>No one matched these details. That does not mean the child is unknown: check the spelling and the date of birth, or search by UPN or NHS number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="156"/>
        <source>No one matched these details. That does not mean the child is unknown: add the date of birth and search again, and check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchPanel.cpp" line="162"/>
        <source>%n people shown, but more matched: the child may not be among them. Add the postcode, UPN or NHS number to narrow the search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchPanel.cpp" line="166"/>
        <source>%n people shown, but more matched: the child may not be among them. Add the date of birth to narrow the search, then the postcode.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="249"/>
        <source>The unique pupil number, up to %1 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="87"/>
        <source>NHS nu&amp;mber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="163"/>
        <source>Se&amp;arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="157"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="160"/>
        <source>Search for people who match the details given. Enter in any field does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="179"/>
        <source>Cl&amp;ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="173"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="176"/>
        <source>Empty every field and the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="250"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="222"/>
        <source>Sort b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="232"/>
        <source>Sort results by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="235"/>
        <source>The order of the results. Clicking a column heading sorts by it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="255"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="256"/>
        <location filename="../ui/search/SearchPanel.cpp" line="282"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="255"/>
        <location filename="../ui/search/SearchPanel.cpp" line="280"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="256"/>
        <source>Current school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="247"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.ui" line="250"/>
        <source>The people who match, best match first. Use the arrow keys to move and Enter to open a person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="280"/>
        <source>Under 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="299"/>
        <source>The date of birth is not a date: enter the day, month and year, for example 04/03/2012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="302"/>
        <source>The date of birth is in the future: enter the day, month and year, for example 04/03/2012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchPanel.cpp" line="328"/>
        <source>Enter at least one detail to search by: a name, a date of birth, a UPN, an NHS number, an LCS case ID or a postcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::StateLine</name>
    <message>
        <location filename="../ui/common/StateLine.cpp" line="117"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/StateLine.cpp" line="121"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/StateLine.cpp" line="125"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::StatementPage</name>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="6"/>
        <location filename="../ui/login/StatementPage.ui" line="27"/>
        <source>Data protection statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="9"/>
        <source>The data protection statement to read and accept before you may see person data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="37"/>
        <source>Statement version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="53"/>
        <source>Read the &amp;statement, then confirm that you accept it to carry on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="66"/>
        <source>Statement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="69"/>
        <source>The data protection statement, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="91"/>
        <source>I have read and accept this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="94"/>
        <source>Tick to enable Accept and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="97"/>
        <source>I have &amp;read and accept this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="119"/>
        <source>Accept and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="122"/>
        <source>Records that you accept this version of the statement; available once the box above is ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="125"/>
        <source>&amp;Accept and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="132"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="135"/>
        <source>Ends this session without accepting the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.ui" line="138"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.cpp" line="80"/>
        <source>Version %1, published on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/StatementPage.cpp" line="83"/>
        <source>Version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::TrainingBanner</name>
    <message>
        <location filename="../ui/common/TrainingBanner.cpp" line="51"/>
        <source>TRAINING - FICTIONAL DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TrainingBanner.cpp" line="53"/>
        <source>This is a training copy of TransformView. Everyone and everything in it is fictional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
