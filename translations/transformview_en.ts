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
    <name>tv::models::PersonSummaryModel</name>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="79"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="81"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/search/PersonSummaryModel.cpp" line="83"/>
        <source>Current school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tv::net::ServiceClient</name>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="47"/>
        <source>The server could not be reached. Check the server address and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="54"/>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="60"/>
        <source>The server&apos;s identity could not be verified, so the connection was refused. Contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="67"/>
        <source>The service answered with something this program cannot read. Check the server address, or contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="75"/>
        <source>The server had a fault and could not complete the request. Try again later; if it keeps happening, contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="85"/>
        <source>The sign-in details were not recognised. Check your email address and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="89"/>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="91"/>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="96"/>
        <source>The service did not accept the request from this program. Contact your Transform team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="329"/>
        <source>The server address is not a valid web address. Enter it in the form https://transform.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/ServiceClient.cpp" line="338"/>
        <source>The server address must start with https:// so that the connection is encrypted. Plain http is allowed only to this computer.</source>
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
