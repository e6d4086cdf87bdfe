<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tv::FlagKind</name>
    <message>
        <location filename="../models/domain/Flag.cpp" line="23"/>
        <source>Active social care / early help involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="26"/>
        <source>Known to social care / early help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="29"/>
        <source>Known to other supporting services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="31"/>
        <source>Child looked after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="33"/>
        <source>Child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="35"/>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="37"/>
        <source>Young carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="40"/>
        <source>Education, health and care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="43"/>
        <source>SEN / children with disability support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="46"/>
        <source>Safeguarding notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="48"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="50"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="52"/>
        <source>Worklessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="54"/>
        <source>Need support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="56"/>
        <source>Services supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="58"/>
        <source>Substance misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="60"/>
        <source>Crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="62"/>
        <source>Anti-social behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="64"/>
        <source>Domestic violence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::FlagState</name>
    <message>
        <location filename="../models/domain/Flag.cpp" line="82"/>
        <source>No information on database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="84"/>
        <source>Historic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Flag.cpp" line="86"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::Role</name>
    <message>
        <location filename="../models/domain/User.cpp" line="35"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/User.cpp" line="37"/>
        <source>Transform team administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/User.cpp" line="39"/>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::conditions</name>
    <message>
        <location filename="../models/domain/Access.cpp" line="55"/>
        <source>Your email address has not been verified. Ask the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="58"/>
        <source>No current basic DBS check is recorded for you. Send your certificate&apos;s date to the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="62"/>
        <source>Your TransformView training is not recorded as completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="65"/>
        <source>Your employer has not confirmed your safer recruitment checks to the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="69"/>
        <source>Your organisation&apos;s information sharing agreement is not signed or is past its review date. Ask your head teacher or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="73"/>
        <source>You have not accepted the current data protection statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="76"/>
        <source>You have not set up your authenticator app (two-step sign-in) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Access.cpp" line="87"/>
        <source>A condition of your access is not met. Ask the Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::AssessmentModel</name>
    <message>
        <location filename="../models/person/AssessmentModel.cpp" line="9"/>
        <source>Assessment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AssessmentModel.cpp" line="10"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AssessmentModel.cpp" line="11"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AssessmentModel.cpp" line="12"/>
        <source>Creator email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::AttendanceModel</name>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="9"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="10"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="11"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="51"/>
        <source>Below the %1 persistent absence threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/AttendanceModel.cpp" line="53"/>
        <source>At or above the %1 persistent absence threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::CoverageModel</name>
    <message>
        <location filename="../models/person/CoverageModel.cpp" line="8"/>
        <source>Source coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/CoverageModel.cpp" line="23"/>
        <source>%1: covers %2, last updated %3</source>
        <comment>source: covers &lt;date range&gt;, last updated &lt;date&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/CoverageModel.cpp" line="43"/>
        <source>%1: covers %2, last updated %3</source>
        <comment>source: covers &lt;date range read aloud&gt;, last updated &lt;date&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::FlagModel</name>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="12"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="13"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="14"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="60"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="62"/>
        <source>Assessed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="63"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/FlagModel.cpp" line="83"/>
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
        <location filename="../models/common/Format.cpp" line="31"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::HouseholdModel</name>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="14"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="15"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="16"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="35"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="37"/>
        <source>%1 current, %2 historic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="39"/>
        <source>%1 current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="41"/>
        <source>%1 historic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="42"/>
        <source>None</source>
        <comment>no current or historic flags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/household/HouseholdModel.cpp" line="68"/>
        <source>This record is restricted while a request about it is considered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::InvolvementModel</name>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="15"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="16"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="17"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="18"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="19"/>
        <source>Lead professional email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/InvolvementModel.cpp" line="53"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::MyReportsModel</name>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="9"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="10"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="11"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="12"/>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="22"/>
        <source>Open</source>
        <comment>an inaccuracy report not yet acted on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="24"/>
        <source>Forwarded to the data owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="26"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/MyReportsModel.cpp" line="51"/>
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
        <location filename="../models/person/PersonDetailsModel.cpp" line="75"/>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::PersonSummaryModel</name>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="8"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="9"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="10"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="11"/>
        <source>Current school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::models::PersonViewGroups</name>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="34"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="36"/>
        <source>Vulnerability criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="38"/>
        <source>Individual flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="40"/>
        <source>Transform vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="42"/>
        <source>Involvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="44"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="46"/>
        <source>Education (attendance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="106"/>
        <source>%1: %2</source>
        <comment>group: field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="113"/>
        <source>%1: %2</source>
        <comment>group: flag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/person/PersonViewGroup.cpp" line="122"/>
        <source>%1: row %2</source>
        <comment>group: row number from 1</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::net::ServiceClient</name>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="74"/>
        <source>The server could not be reached. Check the server address and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="81"/>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="87"/>
        <source>The server&apos;s identity could not be verified, so the connection was refused. Contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="94"/>
        <source>The server&apos;s certificate is not the one this computer was set up to trust, so the connection was refused. Someone may be intercepting it. Contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="102"/>
        <source>The connection to the server was lost before it answered. The server may have stopped. Check whether what you did took effect, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="110"/>
        <source>The service answered with something this program cannot read. Check the server address, or contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="118"/>
        <source>The server had a fault and could not complete the request. Try again later; if it keeps happening, contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="129"/>
        <source>The sign-in details were not recognised. Check your email address and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="133"/>
        <source>Your session has expired. Sign in again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="137"/>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="139"/>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="143"/>
        <source>Too many unsuccessful sign-ins. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="147"/>
        <source>Your access to TransformView has lapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="150"/>
        <source>Contact your Transform team to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="154"/>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="162"/>
        <source>The service has no such record. It may have been removed; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="169"/>
        <source>The service did not accept the request from this program. Contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="541"/>
        <source>The server address is not a valid web address. Enter it in the form https://transform.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="550"/>
        <source>The server address must start with https:// so that the connection is encrypted. Plain http is allowed only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="611"/>
        <source>A pinned key must be the base64 SHA-256 of the server&apos;s public key (44 characters ending in &apos;=&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::startup::CommandLine</name>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="57"/>
        <source>TransformView shows school safeguarding staff a read-only, minimised and audited view of the council&apos;s Transform data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="62"/>
        <source>Start a local training service with fictional sample data and prepare the sign-in for the demo trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="66"/>
        <source>The address of the TransformView service, for example https://transform.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="68"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="81"/>
        <source>Unexpected argument: %1. Run transform-view --help to see what it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup/CommandLine.cpp" line="89"/>
        <source>--training starts its own local service, so it cannot be combined with --server.</source>
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
    <name>tv::ui::ClientShell</name>
    <message>
        <location filename="../ui/shell/ClientShell.cpp" line="54"/>
        <source>Starting the training service with fictional data. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ClientShell.cpp" line="90"/>
        <source>Training mode is ready. The demo trainer&apos;s details are filled in: press Enter to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ClientShell.cpp" line="131"/>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::LoginWindow</name>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="14"/>
        <location filename="../ui/login/LoginWindow.cpp" line="32"/>
        <source>Sign in - TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="23"/>
        <source>Sign in to TransformView</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="35"/>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="45"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="58"/>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="68"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="78"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="88"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="100"/>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="144"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.ui" line="147"/>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="31"/>
        <source>Sign in - TransformView training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="62"/>
        <source>Signing in. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="134"/>
        <source>Enter the server address, for example https://transform.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="136"/>
        <source>Enter your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login/LoginWindow.cpp" line="138"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.ui" line="14"/>
        <location filename="../ui/main/MainWindow.cpp" line="55"/>
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
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="55"/>
        <source>TransformView training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="58"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="60"/>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::ui::TrainingBanner</name>
    <message>
        <location filename="../ui/common/TrainingBanner.cpp" line="42"/>
        <source>TRAINING - FICTIONAL DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TrainingBanner.cpp" line="44"/>
        <source>This is a training copy of TransformView. Everyone and everything in it is fictional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
