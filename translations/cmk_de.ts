<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name />
        <message>
            <source>not linked to this policy</source>
            <translation>nicht mit dieser Richtlinie verknüpft</translation>
        </message>
        <message>
            <source>locked: restore key access and ask support to unlock it first</source>
            <translation>gesperrt: Stellen Sie den Schlüsselzugriff wieder her, und bitten Sie zuerst den Support, sie zu entsperren</translation>
        </message>
        <message>
            <source>no Dataverse database</source>
            <translation>keine Dataverse-Datenbank</translation>
        </message>
        <message>
            <source>%1 environments cannot use a customer-managed key</source>
            <translation>Umgebungen vom Typ %1 können keinen kundenseitig verwalteten Schlüssel verwenden</translation>
        </message>
        <message>
            <source>not a Managed Environment</source>
            <translation>keine verwaltete Umgebung</translation>
        </message>
        <message>
            <source>finance and operations without Power Platform integration</source>
            <translation>Finanz- und Betriebsumgebung ohne Power Platform-Integration</translation>
        </message>
        <message>
            <source>in %1, the policy in %2</source>
            <translation>in %1, die Richtlinie in %2</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>gesperrt</translation>
        </message>
        <message>
            <source>uses bring-your-own-key: use the BYOK migration track</source>
            <translation>verwendet Bring-Your-Own-Key: Verwenden Sie den Ablauf „BYOK-Umgebungen migrieren“</translation>
        </message>
        <message>
            <source>linked to another policy: use the change-key track</source>
            <translation>mit einer anderen Richtlinie verknüpft: Verwenden Sie den Ablauf „Schlüssel wechseln“</translation>
        </message>
        <message>
            <source>does not use bring-your-own-key</source>
            <translation>verwendet kein Bring-Your-Own-Key</translation>
        </message>
        <message>
            <source>not linked to the previous policy</source>
            <translation>nicht mit der bisherigen Richtlinie verknüpft</translation>
        </message>
    </context>
    <context>
        <name>IsvTracks</name>
        <message>
            <source>Azure is working on %1 (%2)…</source>
            <extracomment>%1 names a resource ("the private endpoint pe-1"), %2 is Azure's status word (InProgress)</extracomment>
            <translation>Azure bearbeitet %1 (%2)…</translation>
        </message>
        <message>
            <source>Cross-tenant customer-managed keys for Azure NetApp Files are a preview, configured through the REST API only.</source>
            <translation>Mandantenübergreifende kundenseitig verwaltete Schlüssel für Azure NetApp Files sind eine Vorschau und werden nur über die REST-API konfiguriert.</translation>
        </message>
        <message>
            <source>Register the resource providers</source>
            <translation>Ressourcenanbieter registrieren</translation>
        </message>
        <message>
            <source>Register EncryptionAtRestWithCrossTenantKey</source>
            <translation>EncryptionAtRestWithCrossTenantKey registrieren</translation>
        </message>
        <message>
            <source>Ultra Disks and Premium SSD v2 cannot use a key from another tenant: disks with this disk encryption set must be Premium SSD, Standard SSD or Standard HDD.</source>
            <translation>Ultra Disks und Premium SSD v2 können keinen Schlüssel aus einem anderen Mandanten verwenden: Datenträger mit diesem Datenträgerverschlüsselungssatz müssen Premium SSD, Standard SSD oder Standard HDD sein.</translation>
        </message>
        <message>
            <source>The disk encryption set must be in its key vault's region; the customer's hand-off is checked against the region given here.</source>
            <translation>Der Datenträgerverschlüsselungssatz muss in der Region seines Schlüsseltresors liegen; die Übergabe des Kunden wird mit der hier angegebenen Region abgeglichen.</translation>
        </message>
        <message>
            <source>Reads the resource group and the private endpoint's virtual network before anything is created. The region must be one where Azure NetApp Files offers cross-tenant customer-managed keys, and the endpoint's subnet must be in the volumes' virtual network but not delegated to Microsoft.NetApp/volumes.</source>
            <translation>Liest die Ressourcengruppe und das virtuelle Netzwerk des privaten Endpunkts, bevor etwas erstellt wird. Die Region muss eine sein, in der Azure NetApp Files mandantenübergreifende kundenseitig verwaltete Schlüssel anbietet, und das Subnetz des Endpunkts muss im virtuellen Netzwerk der Volumes liegen, darf aber nicht an Microsoft.NetApp/volumes delegiert sein.</translation>
        </message>
        <message>
            <source>Registers the Microsoft.NetApp, Microsoft.Network and Microsoft.ManagedIdentity resource providers on your subscription and waits until Azure reports each one Registered. The NetApp account, the private endpoint and the managed identity cannot be created before their providers are.</source>
            <translation>Registriert die Ressourcenanbieter Microsoft.NetApp, Microsoft.Network und Microsoft.ManagedIdentity in Ihrem Abonnement und wartet, bis Azure jeden als „Registered“ meldet. Das NetApp-Konto, der private Endpunkt und die verwaltete Identität können erst erstellt werden, wenn ihre Anbieter registriert sind.</translation>
        </message>
        <message>
            <source>Registers the preview feature EncryptionAtRestWithCrossTenantKey, then Microsoft.Compute again and Microsoft.ManagedIdentity, and waits until each one reports Registered. Until the feature is registered on your subscription, a disk encryption set cannot use a key from another tenant.</source>
            <translation>Registriert das Vorschaufeature EncryptionAtRestWithCrossTenantKey, dann erneut Microsoft.Compute und Microsoft.ManagedIdentity, und wartet, bis jedes „Registered“ meldet. Solange das Feature in Ihrem Abonnement nicht registriert ist, kann ein Datenträgerverschlüsselungssatz keinen Schlüssel aus einem anderen Mandanten verwenden.</translation>
        </message>
        <message>
            <source>Checks that the region and the resource group exist, and warns when the region is not in the preview's list. Disks that use a key from another tenant cannot be Ultra Disks or Premium SSD v2, and the disk encryption set must be in the same region as the customer's key vault.</source>
            <translation>Prüft, ob die Region und die Ressourcengruppe vorhanden sind, und warnt, wenn die Region nicht in der Liste der Vorschau steht. Datenträger, die einen Schlüssel aus einem anderen Mandanten verwenden, können keine Ultra Disks oder Premium SSD v2 sein, und der Datenträgerverschlüsselungssatz muss in derselben Region liegen wie der Schlüsseltresor des Kunden.</translation>
        </message>
    </context>
    <context>
        <name>PowerPlatformStep</name>
        <message>
            <source>Power Platform · Key vault admin</source>
            <translation>Power Platform · Schlüsseltresor-Administrator</translation>
        </message>
        <message>
            <source>Make the vault and key fit for Power Platform, create the enterprise policy, grant it the key and hand it to the Power Platform admin.</source>
            <translation>Tresor und Schlüssel für Power Platform vorbereiten, die Unternehmensrichtlinie erstellen, ihr Zugriff auf den Schlüssel gewähren und sie an den Power Platform-Administrator übergeben.</translation>
        </message>
        <message>
            <source>Register Microsoft.PowerPlatform and enterprise policies</source>
            <translation>Microsoft.PowerPlatform und Unternehmensrichtlinien registrieren</translation>
        </message>
        <message>
            <source>Registers the Microsoft.PowerPlatform resource provider and its enterprisePoliciesPreview feature on your subscription, and waits until both report Registered. Enterprise policies cannot be created until both are registered, which is needed only once per subscription.</source>
            <translation>Registriert den Ressourcenanbieter Microsoft.PowerPlatform und sein Feature enterprisePoliciesPreview in Ihrem Abonnement und wartet, bis beide „Registered“ melden. Unternehmensrichtlinien können erst erstellt werden, wenn beide registriert sind; das ist nur einmal pro Abonnement nötig.</translation>
        </message>
    </context>
    <context>
        <name>PrivateEndpointApprovalStep</name>
        <message>
            <source>The customer rejected the private endpoint %1 ("%2"). A rejected connection cannot be approved again: delete the endpoint (Private endpoints in the Azure portal), agree with the customer, and run the track again to create and ask once more.</source>
            <translation>Der Kunde hat den privaten Endpunkt %1 abgelehnt („%2“). Eine abgelehnte Verbindung kann nicht erneut genehmigt werden: löschen Sie den Endpunkt (Private Endpunkte im Azure-Portal), stimmen Sie sich mit dem Kunden ab, und führen Sie den Ablauf erneut aus, um ihn neu zu erstellen und erneut anzufragen.</translation>
        </message>
    </context>
    <context>
        <name>RestoreKeyAccessStep</name>
        <message>
            <source>Power Platform · Unlock environments</source>
            <translation>Power Platform · Umgebungen entsperren</translation>
        </message>
        <message>
            <source>Restore exactly the key access that was revoked, then send Microsoft support the request that re-enables the environments.</source>
            <translation>Genau den entzogenen Schlüsselzugriff wiederherstellen und dann dem Microsoft-Support die Anfrage senden, mit der die Umgebungen wieder aktiviert werden.</translation>
        </message>
    </context>
    <context>
        <name>RevokeKeyAccessStep</name>
        <message>
            <source>Power Platform · Lock environments</source>
            <translation>Power Platform · Umgebungen sperren</translation>
        </message>
        <message>
            <source>Revoke the enterprise policy's key access by one of the six documented ways: every environment of the policy goes offline.</source>
            <translation>Der Unternehmensrichtlinie den Schlüsselzugriff auf einem der sechs dokumentierten Wege entziehen: Jede Umgebung der Richtlinie geht offline.</translation>
        </message>
    </context>
    <context>
        <name>T</name>
        <message>
            <source>Power Platform · Add environments</source>
            <translation>Power Platform · Umgebungen hinzufügen</translation>
        </message>
        <message>
            <source>Check your role and Reader on the policy, choose environments that qualify, add them to the enterprise policy and follow their encryption to the end.</source>
            <translation>Ihre Rolle und Reader für die Richtlinie prüfen, infrage kommende Umgebungen auswählen, sie der Unternehmensrichtlinie hinzufügen und ihre Verschlüsselung bis zum Ende verfolgen.</translation>
        </message>
        <message>
            <source>Power Platform · Remove environments</source>
            <translation>Power Platform · Umgebungen entfernen</translation>
        </message>
        <message>
            <source>Take environments out of the enterprise policy: they return to a Microsoft-managed key.</source>
            <translation>Umgebungen aus der Unternehmensrichtlinie herausnehmen: Sie kehren zu einem von Microsoft verwalteten Schlüssel zurück.</translation>
        </message>
        <message>
            <source>Power Platform · Change key</source>
            <translation>Power Platform · Schlüssel wechseln</translation>
        </message>
        <message>
            <source>Move environments from their policy to a new one with another key, planned as one job.</source>
            <translation>Umgebungen von ihrer Richtlinie zu einer neuen mit einem anderen Schlüssel verschieben, als ein gemeinsamer Auftrag geplant.</translation>
        </message>
        <message>
            <source>Power Platform · Migrate BYOK environments</source>
            <translation>Power Platform · BYOK-Umgebungen migrieren</translation>
        </message>
        <message>
            <source>Move environments encrypted with a bring-your-own-key key to the enterprise policy.</source>
            <translation>Mit einem Bring-Your-Own-Key-Schlüssel verschlüsselte Umgebungen zur Unternehmensrichtlinie verschieben.</translation>
        </message>
    </context>
    <context>
        <name>cmk-sandbox</name>
        <message>
            <source>A local, simulated Azure, Entra ID, Key Vault and Power Platform for tests and demos. Listens on 127.0.0.1 only and prints one JSON line describing itself.</source>
            <translation>Ein lokales, simuliertes Azure, Entra ID, Key Vault und Power Platform für Tests und Vorführungen. Lauscht nur auf 127.0.0.1 und gibt eine JSON-Zeile aus, die es beschreibt.</translation>
        </message>
        <message>
            <source>First port (0: any free port).</source>
            <translation>Erster Port (0: ein beliebiger freier Port).</translation>
        </message>
        <message>
            <source>Serve plain http (for unit tests only).</source>
            <translation>Unverschlüsseltes http anbieten (nur für Unit-Tests).</translation>
        </message>
        <message>
            <source>Seed data: %1.</source>
            <translation>Startdaten: %1.</translation>
        </message>
        <message>
            <source>Write the state to &lt;file&gt; on exit.</source>
            <translation>Den Zustand beim Beenden in &lt;file&gt; schreiben.</translation>
        </message>
        <message>
            <source>Answer every request &lt;ms&gt; milliseconds late.</source>
            <translation>Jede Anfrage &lt;ms&gt; Millisekunden verzögert beantworten.</translation>
        </message>
        <message>
            <source>Inject faults: kind[:method[:path[:count]]], comma-separated; kinds: %1.</source>
            <translation>Fehler einspeisen: Art[:Methode[:Pfad[:Anzahl]]], durch Kommas getrennt; Arten: %1.</translation>
        </message>
        <message>
            <source>Seed for generated ids and random faults.</source>
            <translation>Startwert für erzeugte IDs und zufällige Fehler.</translation>
        </message>
        <message>
            <source>Simulated seconds per real second for long work (encryption, registration).</source>
            <translation>Simulierte Sekunden je echter Sekunde für lange Vorgänge (Verschlüsselung, Registrierung).</translation>
        </message>
    </context>
    <context>
        <name>cmk::ChoiceSource</name>
        <message>
            <source>Choose the subscription and resource group first.</source>
            <translation>Wählen Sie zuerst das Abonnement und die Ressourcengruppe.</translation>
        </message>
        <message>
            <source>Sign in first to pick from the cloud.</source>
            <translation>Melden Sie sich zuerst an, um aus der Cloud auszuwählen.</translation>
        </message>
        <message>
            <source>Choose the subscription first.</source>
            <translation>Wählen Sie zuerst das Abonnement.</translation>
        </message>
        <message>
            <source>Choose the key vault first.</source>
            <translation>Wählen Sie zuerst den Schlüsseltresor.</translation>
        </message>
        <message>
            <source>%1 / %2 (%3; %4, %5)</source>
            <extracomment>%1 virtual network, %2 subnet, %3 address range, %4 resource group, %5 region</extracomment>
            <translation>%1 / %2 (%3; %4, %5)</translation>
        </message>
    </context>
    <context>
        <name>cmk::CloudProfile</name>
        <message>
            <source>The cloud profile has no "%1"; add it (see docs/cloud-profile.md for every key).</source>
            <translation>Dem Cloud-Profil fehlt „%1“; ergänzen Sie den Schlüssel (alle Schlüssel stehen in docs/cloud-profile.md).</translation>
        </message>
        <message>
            <source>"%1" in the cloud profile must be a string in double quotes.</source>
            <translation>„%1“ im Cloud-Profil muss eine Zeichenkette in doppelten Anführungszeichen sein.</translation>
        </message>
        <message>
            <source>"%1" in the cloud profile is empty; give it a value.</source>
            <translation>„%1“ im Cloud-Profil ist leer; geben Sie einen Wert an.</translation>
        </message>
        <message>
            <source>"%1" in the cloud profile has spaces around its value; remove them.</source>
            <translation>„%1“ im Cloud-Profil hat Leerzeichen um den Wert; entfernen Sie sie.</translation>
        </message>
        <message>
            <source>"%1" in the cloud profile is %2, which is not an absolute URL; write it like https://management.azure.com/.</source>
            <translation>„%1“ im Cloud-Profil ist %2, keine absolute URL; schreiben Sie sie wie https://management.azure.com/.</translation>
        </message>
        <message>
            <source>"%1" in the cloud profile is %2; use https (plain http is accepted only for loopback hosts such as 127.0.0.1).</source>
            <translation>„%1“ im Cloud-Profil ist %2; verwenden Sie https (unverschlüsseltes http wird nur für Loopback-Hosts wie 127.0.0.1 akzeptiert).</translation>
        </message>
        <message>
            <source>"%1" in the cloud profile is %2; remove the user name, query or fragment: an endpoint is scheme, host, optional port and path.</source>
            <translation>„%1“ im Cloud-Profil ist %2; entfernen Sie Benutzername, Abfrage oder Fragment: ein Endpunkt besteht aus Schema, Host, optionalem Port und Pfad.</translation>
        </message>
        <message>
            <source>"%1" in the cloud profile must be one scope without spaces, like https://vault.azure.net/.default.</source>
            <translation>„%1“ im Cloud-Profil muss ein einzelner Bereich ohne Leerzeichen sein, etwa https://vault.azure.net/.default.</translation>
        </message>
        <message>
            <source>Azure (global)</source>
            <translation>Azure (global)</translation>
        </message>
        <message>
            <source>Azure US Government</source>
            <translation>Azure US Government</translation>
        </message>
        <message>
            <source>Azure China (operated by 21Vianet)</source>
            <translation>Azure China (betrieben von 21Vianet)</translation>
        </message>
        <message>
            <source>The cloud profile is not valid JSON (at byte %1); check for a missing comma, quote or brace there.</source>
            <translation>Das Cloud-Profil ist kein gültiges JSON (bei Byte %1); prüfen Sie dort auf ein fehlendes Komma, Anführungszeichen oder eine Klammer.</translation>
        </message>
        <message>
            <source>The cloud profile must be one JSON object { ... } with the keys of docs/cloud-profile.md.</source>
            <translation>Das Cloud-Profil muss ein JSON-Objekt { ... } mit den Schlüsseln aus docs/cloud-profile.md sein.</translation>
        </message>
        <message>
            <source>The cloud profile has the unknown key "%1"; check its spelling against docs/cloud-profile.md or remove it.</source>
            <translation>Das Cloud-Profil enthält den unbekannten Schlüssel „%1“; prüfen Sie die Schreibweise anhand von docs/cloud-profile.md oder entfernen Sie ihn.</translation>
        </message>
        <message>
            <source>The cloud profile has "formatVersion" %1; this version of CMK Wizard reads version %2.</source>
            <translation>Das Cloud-Profil hat „formatVersion“ %1; diese Version des CMK-Assistenten liest Version %2.</translation>
        </message>
        <message>
            <source>"keyVaultDnsSuffix" in the cloud profile is %1; write it with its leading dot, like .vault.azure.net (or a loopback host such as 127.0.0.1 for the sandbox).</source>
            <translation>„keyVaultDnsSuffix“ im Cloud-Profil ist %1; schreiben Sie ihn mit führendem Punkt, etwa .vault.azure.net (oder einen Loopback-Host wie 127.0.0.1 für die Sandbox).</translation>
        </message>
        <message>
            <source>"publicClientId" in the cloud profile: %1</source>
            <translation>„publicClientId“ im Cloud-Profil: %1</translation>
        </message>
        <message>
            <source>"trustedCaCertificates" in the cloud profile must be a list of PEM file paths, like ["/etc/ssl/org-ca.pem"].</source>
            <translation>„trustedCaCertificates“ im Cloud-Profil muss eine Liste von PEM-Dateipfaden sein, etwa ["/etc/ssl/org-ca.pem"].</translation>
        </message>
        <message>
            <source>"trustedCaCertificates" in the cloud profile must contain only file paths in double quotes.</source>
            <translation>„trustedCaCertificates“ im Cloud-Profil darf nur Dateipfade in doppelten Anführungszeichen enthalten.</translation>
        </message>
        <message>
            <source>"trustedCaCertificates" in the cloud profile names %1, which is not a readable PEM certificate file; fix the path or remove the entry.</source>
            <translation>„trustedCaCertificates“ im Cloud-Profil nennt %1, keine lesbare PEM-Zertifikatsdatei; korrigieren Sie den Pfad oder entfernen Sie den Eintrag.</translation>
        </message>
        <message>
            <source>Cannot read the cloud profile %1: %2.</source>
            <translation>Das Cloud-Profil %1 kann nicht gelesen werden: %2.</translation>
        </message>
    </context>
    <context>
        <name>cmk::ConfirmationDialog</name>
        <message>
            <source>Confirm %1</source>
            <translation>Bestätigen: %1</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message numerus="yes">
            <source>Affected (%n):</source>
            <comment>number of environments or resources</comment>
            <translation>
                <numerusform>Betroffen (%n):</numerusform>
                <numerusform>Betroffen (%n):</numerusform>
            </translation>
        </message>
        <message>
            <source>Affected</source>
            <translation>Betroffen</translation>
        </message>
        <message>
            <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
            <extracomment>%1 is the name to type, shown in bold</extracomment>
            <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
        </message>
        <message>
            <source>Name to confirm</source>
            <translation>Zu bestätigender Name</translation>
        </message>
        <message>
            <source>Type %1 exactly to enable %2.</source>
            <translation>Geben Sie %1 exakt ein, um %2 freizuschalten.</translation>
        </message>
        <message>
            <source>The name matches.</source>
            <translation>Der Name stimmt überein.</translation>
        </message>
        <message>
            <source>Not quite: the name must match exactly, including upper and lower case.</source>
            <translation>Noch nicht ganz: Der Name muss exakt übereinstimmen, einschließlich Groß- und Kleinschreibung.</translation>
        </message>
        <message>
            <source>The name does not match yet.</source>
            <translation>Der Name stimmt noch nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>cmk::DashboardView</name>
        <message>
            <source>&amp;Group by policy</source>
            <translation>Nach Richtlinie &amp;gruppieren</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Environments</source>
            <translation>Umgebungen</translation>
        </message>
        <message>
            <source>Environments by policy</source>
            <translation>Umgebungen nach Richtlinie</translation>
        </message>
        <message>
            <source>Search name, id, policy or reason</source>
            <translation>Name, ID, Richtlinie oder Grund suchen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>All environments</source>
            <translation>Alle Umgebungen</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translation>Verschlüsselt</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Not encrypted</source>
            <translation>Nicht verschlüsselt</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle Typen</translation>
        </message>
        <message>
            <source>Auto-refresh</source>
            <translation>Automatisch aktualisieren</translation>
        </message>
        <message>
            <source>Auto-refresh off</source>
            <translation>Automatische Aktualisierung aus</translation>
        </message>
        <message>
            <source>Every minute</source>
            <translation>Jede Minute</translation>
        </message>
        <message>
            <source>Every 5 minutes</source>
            <translation>Alle 5 Minuten</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Alle 15 Minuten</translation>
        </message>
        <message>
            <source>As &amp;CSV...</source>
            <translation>Als &amp;CSV...</translation>
        </message>
        <message>
            <source>As &amp;JSON...</source>
            <translation>Als &amp;JSON...</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Suche:</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Anzeigen:</translation>
        </message>
        <message>
            <source>Requests about this environment</source>
            <translation>Anfragen zu dieser Umgebung</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>Request ID</source>
            <translation>Anfrage-ID</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Nächste Aktion</translation>
        </message>
        <message>
            <source>Key health</source>
            <translation>Schlüsselzustand</translation>
        </message>
        <message>
            <source>Requests about it (journal)</source>
            <translation>Anfragen dazu (Protokoll)</translation>
        </message>
        <message>
            <source>Reading: %1 of %2 environments checked</source>
            <translation>Lesen: %1 von %2 Umgebungen geprüft</translation>
        </message>
        <message>
            <source>Reading: %1 environments listed, %2 checked</source>
            <translation>Lesen: %1 Umgebungen aufgelistet, %2 geprüft</translation>
        </message>
        <message>
            <source>Reading environments...</source>
            <translation>Umgebungen werden gelesen...</translation>
        </message>
        <message>
            <source>Read at %1</source>
            <translation>Gelesen um %1</translation>
        </message>
        <message>
            <source>Read incomplete</source>
            <translation>Lesen unvollständig</translation>
        </message>
        <message>
            <source>The read was stopped before every environment was checked; the table shows what arrived. Refresh to read again.</source>
            <translation>Das Lesen wurde angehalten, bevor jede Umgebung geprüft war; die Tabelle zeigt, was angekommen ist. Aktualisieren Sie, um erneut zu lesen.</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more problem(s).</source>
            <translation>
                <numerusform>... und %n weiteres Problem.</numerusform>
                <numerusform>... und %n weitere Probleme.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some of the key's health could not be read; the affected environments say "Unverified" or keep what Power Platform reports.</source>
            <translation>Ein Teil des Schlüsselzustands konnte nicht gelesen werden; die betroffenen Umgebungen zeigen „Ungeprüft“ oder behalten, was Power Platform meldet.</translation>
        </message>
        <message>
            <source>The environments could not be read.</source>
            <translation>Die Umgebungen konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>S&amp;top</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Stop reading; what arrived stays</source>
            <translation>Lesen anhalten; was angekommen ist, bleibt</translation>
        </message>
        <message>
            <source>Read every environment again (F5)</source>
            <translation>Jede Umgebung erneut lesen (F5)</translation>
        </message>
        <message>
            <source>%1 · %2 encrypted · %3 locked</source>
            <extracomment>The dashboard's summary; %1 e.g. "11 environments"</extracomment>
            <translation>%1 · %2 verschlüsselt · %3 gesperrt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln environment(s)</source>
            <translation>
                <numerusform>%Ln Umgebung</numerusform>
                <numerusform>%Ln Umgebungen</numerusform>
            </translation>
        </message>
        <message>
            <source>soonest deletion: %1 in %2 (%3)</source>
            <extracomment>%1 environment, %2 e.g. "23 days", %3 the date of deletion</extracomment>
            <translation>früheste Löschung: %1 in %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shown</source>
            <translation>
                <numerusform>%n angezeigt</numerusform>
                <numerusform>%n angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>No enterprise policy is linked: Microsoft manages the key.</source>
            <translation>Keine Unternehmensrichtlinie verknüpft: Microsoft verwaltet den Schlüssel.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Policy: %1</source>
            <translation>Richtlinie: %1</translation>
        </message>
        <message>
            <source>Key: %1 (version %2)</source>
            <translation>Schlüssel: %1 (Version %2)</translation>
        </message>
        <message>
            <source>current</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>Key vault: %1</source>
            <translation>Schlüsseltresor: %1</translation>
        </message>
        <message>
            <source>Vault exists: %1 · key exists: %2 · enabled: %3</source>
            <translation>Tresor vorhanden: %1 · Schlüssel vorhanden: %2 · aktiviert: %3</translation>
        </message>
        <message>
            <source>Expires: %1</source>
            <translation>Läuft ab: %1</translation>
        </message>
        <message>
            <source>Not before: %1</source>
            <translation>Nicht vor: %1</translation>
        </message>
        <message>
            <source>Identity may get, wrap and unwrap: %1</source>
            <translation>Identität darf get, wrap und unwrap: %1</translation>
        </message>
        <message>
            <source>Trusted Azure services allowed through the firewall: %1</source>
            <translation>Vertrauenswürdige Azure-Dienste durch die Firewall zugelassen: %1</translation>
        </message>
        <message>
            <source>Soft delete: %1 · purge protection: %2</source>
            <translation>Vorläufiges Löschen: %1 · Löschschutz: %2</translation>
        </message>
        <message>
            <source>Not read: %1</source>
            <translation>Nicht gelesen: %1</translation>
        </message>
        <message>
            <source>No environments yet</source>
            <translation>Noch keine Umgebungen</translation>
        </message>
        <message>
            <source>No environment chosen</source>
            <translation>Keine Umgebung gewählt</translation>
        </message>
        <message>
            <source>Choose an environment to read its diagnosis and what to do next.</source>
            <translation>Wählen Sie eine Umgebung, um ihre Diagnose und den nächsten Schritt zu lesen.</translation>
        </message>
        <message>
            <source>%1 left before deletion (%2)</source>
            <extracomment>%1 e.g. "23 days", %2 the date</extracomment>
            <translation>noch %1 bis zur Löschung (%2)</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <extracomment>%1 type, %2 region, %3 the state</extracomment>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Nichts zu tun.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export Status as CSV</source>
            <translation>Status als CSV exportieren</translation>
        </message>
        <message>
            <source>Export Status as JSON</source>
            <translation>Status als JSON exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message numerus="yes">
            <source>%n environment(s) exported to %1.</source>
            <translation>
                <numerusform>%n Umgebung nach %1 exportiert.</numerusform>
                <numerusform>%n Umgebungen nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>As Audit &amp;Evidence (HTML)...</source>
            <translation>Als Prüf&amp;nachweis (HTML)...</translation>
        </message>
        <message>
            <source>Export Audit Evidence</source>
            <translation>Prüfnachweis exportieren</translation>
        </message>
        <message>
            <source>Readable report (*.html)</source>
            <translation>Lesbarer Bericht (*.html)</translation>
        </message>
    </context>
    <context>
        <name>cmk::DashboardWindow</name>
        <message>
            <source>Status Dashboard - CMK Wizard</source>
            <translation>Status-Dashboard – CMK Wizard</translation>
        </message>
        <message>
            <source>Sign in to the customer tenant</source>
            <translation>Beim Kundenmandanten anmelden</translation>
        </message>
        <message>
            <source>The dashboard only reads: a Global Reader or Power Platform administrator with Reader on the subscriptions of the enterprise policies and key vaults sees everything. Nothing is changed.</source>
            <translation>Das Dashboard liest nur: Ein globaler Leser oder Power Platform-Administrator mit Leserechten auf den Abonnements der Unternehmensrichtlinien und Schlüsseltresore sieht alles. Nichts wird geändert.</translation>
        </message>
    </context>
    <context>
        <name>cmk::EnvironmentId</name>
        <message>
            <source>The environment ID is empty; copy it from the environment's details in the Power Platform admin center (a GUID, or Default-&lt;tenant ID&gt;).</source>
            <translation>Die Umgebungs-ID ist leer; kopieren Sie sie aus den Details der Umgebung im Power Platform Admin Center (eine GUID oder Default-&lt;Mandanten-ID&gt;).</translation>
        </message>
        <message>
            <source>%1 is not a valid default environment ID: after "Default-" comes the tenant ID. %2</source>
            <translation>%1 ist keine gültige ID einer Standardumgebung: nach „Default-“ folgt die Mandanten-ID. %2</translation>
        </message>
    </context>
    <context>
        <name>cmk::GuidParser</name>
        <message>
            <source>tenant ID</source>
            <translation>Mandanten-ID</translation>
        </message>
        <message>
            <source>object ID</source>
            <translation>Objekt-ID</translation>
        </message>
        <message>
            <source>application (client) ID</source>
            <translation>Anwendungs-ID (Client-ID)</translation>
        </message>
        <message>
            <source>subscription ID</source>
            <translation>Abonnement-ID</translation>
        </message>
        <message>
            <source>environment ID</source>
            <translation>Umgebungs-ID</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>a %1 has 36 characters: 32 hexadecimal digits in groups of 8-4-4-4-12, like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
            <extracomment>%1 is the kind of ID, e.g. "tenant ID"</extracomment>
            <translation>eine %1 hat 36 Zeichen: 32 Hexadezimalziffern in Gruppen zu 8-4-4-4-12, etwa xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
        </message>
        <message>
            <source>The %1 is empty; %2.</source>
            <translation>Die %1 ist leer; %2.</translation>
        </message>
        <message>
            <source>%1 is not a valid %2: remove the spaces around it.</source>
            <translation>%1 ist keine gültige %2: entfernen Sie die Leerzeichen darum.</translation>
        </message>
        <message>
            <source>%1 is not a valid %2: remove the braces; Azure writes GUIDs without them.</source>
            <translation>%1 ist keine gültige %2: entfernen Sie die geschweiften Klammern; Azure schreibt GUIDs ohne sie.</translation>
        </message>
        <message>
            <source>%1 is not a valid %2: the character %3 at position %4 is not a hexadecimal digit (0-9, a-f); %5.</source>
            <translation>%1 ist keine gültige %2: das Zeichen %3 an Position %4 ist keine Hexadezimalziffer (0-9, a-f); %5.</translation>
        </message>
        <message>
            <source>%1 is not a valid %2: it has %3 characters; %4.</source>
            <translation>%1 ist keine gültige %2: sie hat %3 Zeichen; %4.</translation>
        </message>
        <message>
            <source>%1 is not a valid %2: the hyphens are in the wrong places; %3.</source>
            <translation>%1 ist keine gültige %2: die Bindestriche stehen an falschen Stellen; %3.</translation>
        </message>
        <message>
            <source>%1 is the empty GUID, which never names a real %2. Copy the %2 from the Azure portal.</source>
            <translation>%1 ist die leere GUID, die nie eine echte %2 bezeichnet. Kopieren Sie die %2 aus dem Azure-Portal.</translation>
        </message>
    </context>
    <context>
        <name>cmk::HandoffExportPanel</name>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>What the hand-off carries</source>
            <translation>Inhalt der Übergabe</translation>
        </message>
        <message>
            <source>From the ISV to the customer</source>
            <translation>Vom ISV an den Kunden</translation>
        </message>
        <message>
            <source>From the customer to the ISV</source>
            <translation>Vom Kunden an den ISV</translation>
        </message>
        <message>
            <source>From the key vault administrator to the Power Platform administrator</source>
            <translation>Vom Schlüsseltresor-Administrator an den Power Platform-Administrator</translation>
        </message>
        <message>
            <source>Hand-off to export</source>
            <translation>Zu exportierende Übergabe</translation>
        </message>
        <message>
            <source>&amp;Message to the other administrator (optional):</source>
            <translation>&amp;Nachricht an den anderen Administrator (optional):</translation>
        </message>
        <message>
            <source>Message to the other administrator</source>
            <translation>Nachricht an den anderen Administrator</translation>
        </message>
        <message>
            <source>Admin &amp;consent link for the customer:</source>
            <translation>Link zur Administrator&amp;einwilligung für den Kunden:</translation>
        </message>
        <message>
            <source>Admin consent link</source>
            <translation>Link zur Administratoreinwilligung</translation>
        </message>
        <message>
            <source>Copy &amp;Link</source>
            <translation>&amp;Link kopieren</translation>
        </message>
        <message>
            <source>Copies the admin consent link to the clipboard.</source>
            <translation>Kopiert den Link zur Administratoreinwilligung in die Zwischenablage.</translation>
        </message>
        <message>
            <source>&amp;Open in Browser</source>
            <translation>Im Browser ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Opens the admin consent page in the system browser.</source>
            <translation>Öffnet die Seite zur Administratoreinwilligung im Systembrowser.</translation>
        </message>
        <message>
            <source>&amp;Save to File…</source>
            <translation>In Datei &amp;speichern…</translation>
        </message>
        <message>
            <source>Saves the hand-off file to send to the other administrator.</source>
            <translation>Speichert die Übergabedatei, die Sie an den anderen Administrator senden.</translation>
        </message>
        <message>
            <source>Copy as &amp;Text</source>
            <translation>Als &amp;Text kopieren</translation>
        </message>
        <message>
            <source>Copies the hand-off to the clipboard, to paste into a message.</source>
            <translation>Kopiert die Übergabe in die Zwischenablage, um sie in eine Nachricht einzufügen.</translation>
        </message>
        <message>
            <source>The hand-off is not complete yet:</source>
            <translation>Die Übergabe ist noch nicht vollständig:</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>%1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Saved to %1. Send this file to the other administrator.</source>
            <translation>Gespeichert unter %1. Senden Sie diese Datei an den anderen Administrator.</translation>
        </message>
        <message>
            <source>Save Hand-Off</source>
            <translation>Übergabe speichern</translation>
        </message>
        <message>
            <source>Hand-off files (*.json)</source>
            <translation>Übergabedateien (*.json)</translation>
        </message>
        <message>
            <source>The hand-off is on the clipboard.</source>
            <translation>Die Übergabe ist in der Zwischenablage.</translation>
        </message>
        <message>
            <source>The consent link is on the clipboard.</source>
            <translation>Der Einwilligungslink ist in der Zwischenablage.</translation>
        </message>
        <message>
            <source>No browser could be opened; copy the link and open it on any device.</source>
            <translation>Es konnte kein Browser geöffnet werden; kopieren Sie den Link, und öffnen Sie ihn auf einem beliebigen Gerät.</translation>
        </message>
    </context>
    <context>
        <name>cmk::HandoffImportPanel</name>
        <message>
            <source>Hand-off to import</source>
            <translation>Zu importierende Übergabe</translation>
        </message>
        <message>
            <source>%1: open the hand-off file you received, or drop it here.</source>
            <translation>%1: Öffnen Sie die erhaltene Übergabedatei, oder legen Sie sie hier ab.</translation>
        </message>
        <message>
            <source>&amp;Open Hand-Off File…</source>
            <translation>Übergabedatei ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>%1 konnte nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 cannot be used: %2</source>
            <translation>%1 kann nicht verwendet werden: %2</translation>
        </message>
        <message>
            <source>Read %1: everything in it checks out.</source>
            <translation>%1 gelesen: Der gesamte Inhalt ist in Ordnung.</translation>
        </message>
        <message>
            <source>From %1, %2</source>
            <translation>Von %1, %2</translation>
        </message>
        <message>
            <source>an unnamed sender</source>
            <translation>einem unbenannten Absender</translation>
        </message>
        <message>
            <source>Message: %1</source>
            <translation>Nachricht: %1</translation>
        </message>
        <message>
            <source>Open Hand-Off</source>
            <translation>Übergabe öffnen</translation>
        </message>
        <message>
            <source>Hand-off files (*.json);;All files (*)</source>
            <translation>Übergabedateien (*.json);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>cmk::JournalModel</name>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Request ID</source>
            <translation>Anfrage-ID</translation>
        </message>
        <message>
            <source>Correlation ID</source>
            <translation>Korrelations-ID</translation>
        </message>
    </context>
    <context>
        <name>cmk::JournalView</name>
        <message>
            <source>Request journal</source>
            <translation>Anfrageprotokoll</translation>
        </message>
        <message>
            <source>Filter by URL, service, status or ID</source>
            <translation>Nach URL, Dienst, Status oder ID filtern</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>&amp;Errors only</source>
            <translation>Nur &amp;Fehler</translation>
        </message>
        <message>
            <source>Shows only requests that failed or got no answer.</source>
            <translation>Zeigt nur Anfragen, die fehlgeschlagen sind oder keine Antwort erhalten haben.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anfragen</translation>
        </message>
        <message>
            <source>&amp;Copy Request ID</source>
            <translation>Anfrage-ID &amp;kopieren</translation>
        </message>
        <message>
            <source>Copies the selected request's ID, which support asks for.</source>
            <translation>Kopiert die ID der ausgewählten Anfrage, nach der der Support fragt.</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Saves the requests shown as CSV or JSON.</source>
            <translation>Speichert die angezeigten Anfragen als CSV oder JSON.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>This request has no request ID.</source>
            <translation>Diese Anfrage hat keine Anfrage-ID.</translation>
        </message>
        <message>
            <source>Request ID %1 copied.</source>
            <translation>Anfrage-ID %1 kopiert.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Export Journal</source>
            <translation>Protokoll exportieren</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) saved to %1.</source>
            <translation>
                <numerusform>%n Anfrage unter %1 gespeichert.</numerusform>
                <numerusform>%n Anfragen unter %1 gespeichert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n request(s)</source>
            <translation>
                <numerusform>%1 von %n Anfrage</numerusform>
                <numerusform>%1 von %n Anfragen</numerusform>
            </translation>
        </message>
        <message>
            <source>Shows only the requests of the run on the track page, not sign-ins, lists or other runs.</source>
            <translation>Zeigt nur die Anfragen des Laufs auf der Track-Seite, keine Anmeldungen, Listen oder anderen Läufe.</translation>
        </message>
        <message>
            <source>Onl&amp;y this run</source>
            <translation>Nur d&amp;ieser Lauf</translation>
        </message>
    </context>
    <context>
        <name>cmk::KeyIdentifier</name>
        <message>
            <source>a key identifier looks like https://my-vault.vault.azure.net/keys/my-key/&lt;32-digit version&gt;; copy "Key Identifier" from the key version's page in the portal</source>
            <translation>ein Schlüsselbezeichner sieht aus wie https://my-vault.vault.azure.net/keys/my-key/&lt;32-stellige Version&gt;; kopieren Sie „Schlüsselbezeichner“ von der Seite der Schlüsselversion im Portal</translation>
        </message>
        <message>
            <source>%1 is not a valid key identifier: %2</source>
            <translation>%1 ist kein gültiger Schlüsselbezeichner: %2</translation>
        </message>
        <message>
            <source>The key identifier is empty; %1.</source>
            <translation>Der Schlüsselbezeichner ist leer; %1.</translation>
        </message>
        <message>
            <source>it contains a space or control character.</source>
            <translation>er enthält ein Leer- oder Steuerzeichen.</translation>
        </message>
        <message>
            <source>it is not an absolute URL; %1.</source>
            <translation>er ist keine absolute URL; %1.</translation>
        </message>
        <message>
            <source>Key Vault is reached over https only; the identifier must start with https://.</source>
            <translation>Key Vault ist nur über https erreichbar; der Bezeichner muss mit https:// beginnen.</translation>
        </message>
        <message>
            <source>remove the user name, query string or fragment; %1.</source>
            <translation>entfernen Sie Benutzername, Abfrage oder Fragment; %1.</translation>
        </message>
        <message>
            <source>the path after the vault is missing; %1.</source>
            <translation>der Pfad nach dem Tresor fehlt; %1.</translation>
        </message>
        <message>
            <source>it names a %1 entry, not a key; open the vault's Keys page and copy the key's identifier.</source>
            <translation>er bezeichnet einen Eintrag vom Typ %1, keinen Schlüssel; öffnen Sie die Seite „Schlüssel“ des Tresors und kopieren Sie den Bezeichner des Schlüssels.</translation>
        </message>
        <message>
            <source>the path must start with /keys/, not /%1/; %2.</source>
            <translation>der Pfad muss mit /keys/ beginnen, nicht mit /%1/; %2.</translation>
        </message>
        <message>
            <source>the key name after /keys/ is missing.</source>
            <translation>der Schlüsselname nach /keys/ fehlt.</translation>
        </message>
        <message>
            <source>there is more after the version; the path is /keys/{name}/{version} and nothing else.</source>
            <translation>nach der Version folgt noch etwas; der Pfad ist /keys/{Name}/{Version} und sonst nichts.</translation>
        </message>
        <message>
            <source>the host %1 is not a Key Vault host such as my-vault.vault.azure.net.</source>
            <translation>der Host %1 ist kein Key-Vault-Host wie my-vault.vault.azure.net.</translation>
        </message>
        <message>
            <source>The key %1 is in a vault of another cloud: vault hosts in %2 end with %3. Use a key from a vault in %2, or switch the cloud.</source>
            <translation>Der Schlüssel %1 liegt in einem Tresor einer anderen Cloud: Tresor-Hosts in %2 enden auf %3. Verwenden Sie einen Schlüssel aus einem Tresor in %2 oder wechseln Sie die Cloud.</translation>
        </message>
    </context>
    <context>
        <name>cmk::MainWindow</name>
        <message>
            <source>CMK Wizard</source>
            <translation>CMK-Assistent</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sandbox demo.&lt;/b&gt; Everything here runs against a simulated Azure on this computer; no real tenant, key or environment is touched.</source>
            <translation>&lt;b&gt;Sandbox-Vorführung.&lt;/b&gt; Alles hier läuft gegen ein simuliertes Azure auf diesem Computer; kein echter Mandant, Schlüssel und keine echte Umgebung wird berührt.</translation>
        </message>
    </context>
    <context>
        <name>cmk::MessageBanner</name>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
    </context>
    <context>
        <name>cmk::Names</name>
        <message>
            <source>The resource group name is empty; enter one.</source>
            <translation>Der Name der Ressourcengruppe ist leer; geben Sie einen ein.</translation>
        </message>
        <message>
            <source>The resource group name %1 has %2 characters; at most 90 are allowed.</source>
            <translation>Der Name der Ressourcengruppe %1 hat %2 Zeichen; höchstens 90 sind erlaubt.</translation>
        </message>
        <message>
            <source>The resource group name %1 contains %2; use only letters, digits, '_', '-', '.', '(' and ')'.</source>
            <translation>Der Name der Ressourcengruppe %1 enthält %2; verwenden Sie nur Buchstaben, Ziffern, '_', '-', '.', '(' und ')'.</translation>
        </message>
        <message>
            <source>The resource group name %1 ends with '.'; remove the final dot.</source>
            <translation>Der Name der Ressourcengruppe %1 endet auf '.'; entfernen Sie den Punkt am Ende.</translation>
        </message>
        <message>
            <source>The resource name is empty; enter one.</source>
            <translation>Der Ressourcenname ist leer; geben Sie einen ein.</translation>
        </message>
        <message>
            <source>The resource name %1 has %2 characters; at most 260 are allowed.</source>
            <translation>Der Ressourcenname %1 hat %2 Zeichen; höchstens 260 sind erlaubt.</translation>
        </message>
        <message>
            <source>The resource name %1 contains %2, which Azure does not allow in names.</source>
            <translation>Der Ressourcenname %1 enthält %2, was Azure in Namen nicht erlaubt.</translation>
        </message>
        <message>
            <source>The resource name %1 ends with '.'; remove the final dot.</source>
            <translation>Der Ressourcenname %1 endet auf '.'; entfernen Sie den Punkt am Ende.</translation>
        </message>
        <message>
            <source>vault names have 3-24 letters, digits and hyphens, start with a letter, end with a letter or digit and have no "--"</source>
            <translation>Tresornamen haben 3-24 Buchstaben, Ziffern und Bindestriche, beginnen mit einem Buchstaben, enden mit einem Buchstaben oder einer Ziffer und enthalten kein „--“</translation>
        </message>
        <message>
            <source>The key vault name is empty; %1.</source>
            <translation>Der Name des Schlüsseltresors ist leer; %1.</translation>
        </message>
        <message>
            <source>The key vault name %1 has %2 characters; %3.</source>
            <translation>Der Name des Schlüsseltresors %1 hat %2 Zeichen; %3.</translation>
        </message>
        <message>
            <source>The key vault name %1 contains %2; %3.</source>
            <translation>Der Name des Schlüsseltresors %1 enthält %2; %3.</translation>
        </message>
        <message>
            <source>The key vault name %1 breaks the naming rule: %2.</source>
            <translation>Der Name des Schlüsseltresors %1 verletzt die Namensregel: %2.</translation>
        </message>
        <message>
            <source>The key name is empty; key names have 1-127 letters, digits and hyphens.</source>
            <translation>Der Schlüsselname ist leer; Schlüsselnamen haben 1-127 Buchstaben, Ziffern und Bindestriche.</translation>
        </message>
        <message>
            <source>The key name %1 has %2 characters; at most 127 are allowed.</source>
            <translation>Der Schlüsselname %1 hat %2 Zeichen; höchstens 127 sind erlaubt.</translation>
        </message>
        <message>
            <source>The key name %1 contains %2; key names have only letters, digits and hyphens.</source>
            <translation>Der Schlüsselname %1 enthält %2; Schlüsselnamen haben nur Buchstaben, Ziffern und Bindestriche.</translation>
        </message>
        <message>
            <source>a key version is 32 hexadecimal digits, as shown under "Current version" in the portal</source>
            <translation>eine Schlüsselversion besteht aus 32 Hexadezimalziffern, wie unter „Aktuelle Version“ im Portal angezeigt</translation>
        </message>
        <message>
            <source>The key version is empty; %1.</source>
            <translation>Die Schlüsselversion ist leer; %1.</translation>
        </message>
        <message>
            <source>The key version %1 contains %2; %3.</source>
            <translation>Die Schlüsselversion %1 enthält %2; %3.</translation>
        </message>
        <message>
            <source>The key version %1 has %2 digits; %3.</source>
            <translation>Die Schlüsselversion %1 hat %2 Ziffern; %3.</translation>
        </message>
    </context>
    <context>
        <name>cmk::PersonaInfo</name>
        <message>
            <source>ISV onboarding engineer</source>
            <translation>ISV-Onboarding-Ingenieur</translation>
        </message>
        <message>
            <source>the ISV (service provider) tenant</source>
            <translation>den Mandanten des ISV (Dienstanbieters)</translation>
        </message>
        <message>
            <source>Onboard a customer's key for Azure NetApp Files volumes or managed disks, and hand the customer exactly what they need.</source>
            <translation>Den Schlüssel eines Kunden für Azure NetApp Files-Volumes oder verwaltete Datenträger einbinden und dem Kunden genau das übergeben, was er braucht.</translation>
        </message>
        <message>
            <source>Customer key vault administrator</source>
            <translation>Schlüsseltresor-Administrator des Kunden</translation>
        </message>
        <message>
            <source>the customer tenant</source>
            <translation>den Mandanten des Kunden</translation>
        </message>
        <message>
            <source>Install the ISV's app, create or pick a vault and key, grant narrowly and approve the private endpoint; for Power Platform: key, enterprise policy and grants.</source>
            <translation>Die App des ISV installieren, Tresor und Schlüssel anlegen oder auswählen, eng berechtigen und den privaten Endpunkt genehmigen; für Power Platform: Schlüssel, Unternehmensrichtlinie und Berechtigungen.</translation>
        </message>
        <message>
            <source>Power Platform or Dynamics 365 administrator</source>
            <translation>Power Platform- oder Dynamics 365-Administrator</translation>
        </message>
        <message>
            <source>Add, remove and move environments to and from enterprise policies, and watch encryption progress.</source>
            <translation>Umgebungen zu Unternehmensrichtlinien hinzufügen, daraus entfernen und zwischen ihnen verschieben und den Fortschritt der Verschlüsselung verfolgen.</translation>
        </message>
        <message>
            <source>Support staff</source>
            <translation>Supportmitarbeiter</translation>
        </message>
        <message>
            <source>the customer tenant, read-only</source>
            <translation>den Mandanten des Kunden, nur lesend</translation>
        </message>
        <message>
            <source>See every environment's encryption and lock status, why it is locked, and how long until a locked production environment is deleted.</source>
            <translation>Den Verschlüsselungs- und Sperrstatus jeder Umgebung sehen, warum sie gesperrt ist und wie lange es dauert, bis eine gesperrte Produktionsumgebung gelöscht wird.</translation>
        </message>
    </context>
    <context>
        <name>cmk::PlanExportDialog</name>
        <message>
            <source>Export Plan</source>
            <translation>Plan exportieren</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>az CLI script (bash)</source>
            <translation>az-CLI-Skript (bash)</translation>
        </message>
        <message>
            <source>PowerShell script</source>
            <translation>PowerShell-Skript</translation>
        </message>
        <message>
            <source>ARM template</source>
            <translation>ARM-Vorlage</translation>
        </message>
        <message>
            <source>Exported plan</source>
            <translation>Exportierter Plan</translation>
        </message>
        <message>
            <source>The calls of every step not done yet, for a change review.</source>
            <translation>Die Aufrufe jedes noch nicht erledigten Schritts, zur Prüfung der Änderung.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Save...</source>
            <translation>&amp;Speichern...</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>The plan is on the clipboard.</source>
            <translation>Der Plan ist in der Zwischenablage.</translation>
        </message>
        <message>
            <source>Save Plan</source>
            <translation>Plan speichern</translation>
        </message>
        <message>
            <source>The plan cannot be saved to %1: %2</source>
            <translation>Der Plan kann nicht unter %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Gespeichert unter %1.</translation>
        </message>
    </context>
    <context>
        <name>cmk::PolicyGroupModel</name>
        <message>
            <source>No enterprise policy</source>
            <translation>Keine Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>%1 (%2, %3 locked)</source>
            <extracomment>A policy group: %1 the policy, %2 its environments (e.g. "12 environments"), %3 how many are locked</extracomment>
            <translation>%1 (%2, %3 gesperrt)</translation>
        </message>
        <message numerus="yes">
            <source>%n environment(s)</source>
            <translation>
                <numerusform>%n Umgebung</numerusform>
                <numerusform>%n Umgebungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>cmk::PolicyLocation</name>
        <message>
            <source>The enterprise policy location is empty; enter a Power Platform location such as europe or unitedstates.</source>
            <translation>Der Standort der Unternehmensrichtlinie ist leer; geben Sie einen Power Platform-Standort wie europe oder unitedstates ein.</translation>
        </message>
        <message>
            <source>The location %1 has spaces around it; remove them.</source>
            <translation>Der Standort %1 hat Leerzeichen darum; entfernen Sie sie.</translation>
        </message>
        <message>
            <source>%1 is an Azure region; an enterprise policy takes the Power Platform location of its environments, such as europe or unitedstates.</source>
            <translation>%1 ist eine Azure-Region; eine Unternehmensrichtlinie nimmt den Power Platform-Standort ihrer Umgebungen, etwa europe oder unitedstates.</translation>
        </message>
        <message>
            <source>%1 is not a Power Platform location; use one such as europe or unitedstates.</source>
            <translation>%1 ist kein Power Platform-Standort; verwenden Sie einen wie europe oder unitedstates.</translation>
        </message>
        <message>
            <source>%1 is not a Power Platform location; did you mean %2?</source>
            <translation>%1 ist kein Power Platform-Standort; meinten Sie %2?</translation>
        </message>
    </context>
    <context>
        <name>cmk::Region</name>
        <message>
            <source>The region is empty; enter an Azure region such as westeurope or "West Europe".</source>
            <translation>Die Region ist leer; geben Sie eine Azure-Region wie westeurope oder „West Europe“ ein.</translation>
        </message>
        <message>
            <source>The region %1 has spaces around it; remove them.</source>
            <translation>Die Region %1 hat Leerzeichen darum; entfernen Sie sie.</translation>
        </message>
        <message>
            <source>%1 is a Power Platform location, not an Azure region; enter an Azure region such as westeurope.</source>
            <translation>%1 ist ein Power Platform-Standort, keine Azure-Region; geben Sie eine Azure-Region wie westeurope ein.</translation>
        </message>
        <message>
            <source>%1 is not an Azure region; use a name such as westeurope or "West Europe".</source>
            <translation>%1 ist keine Azure-Region; verwenden Sie einen Namen wie westeurope oder „West Europe“.</translation>
        </message>
        <message>
            <source>%1 is not an Azure region; did you mean %2?</source>
            <translation>%1 ist keine Azure-Region; meinten Sie %2?</translation>
        </message>
    </context>
    <context>
        <name>cmk::ResourceId</name>
        <message>
            <source>Copy the ID from the resource's JSON view in the Azure portal, for example %1.</source>
            <translation>Kopieren Sie die ID aus der JSON-Ansicht der Ressource im Azure-Portal, zum Beispiel %1.</translation>
        </message>
        <message>
            <source>%1 is not a valid Azure resource ID: %2</source>
            <translation>%1 ist keine gültige Azure-Ressourcen-ID: %2</translation>
        </message>
        <message>
            <source>The resource ID is empty. %1</source>
            <translation>Die Ressourcen-ID ist leer. %1</translation>
        </message>
        <message>
            <source>it is %1 characters long; resource IDs are at most %2.</source>
            <translation>sie ist %1 Zeichen lang; Ressourcen-IDs haben höchstens %2.</translation>
        </message>
        <message>
            <source>it must start with "/subscriptions/" (or "/providers/"). %1</source>
            <translation>sie muss mit „/subscriptions/“ (oder „/providers/“) beginnen. %1</translation>
        </message>
        <message>
            <source>it contains a space or control character; remove it.</source>
            <translation>sie enthält ein Leer- oder Steuerzeichen; entfernen Sie es.</translation>
        </message>
        <message>
            <source>it contains %1; a resource ID has no query string. Remove everything from %1 on.</source>
            <translation>sie enthält %1; eine Ressourcen-ID hat keine Abfrage. Entfernen Sie alles ab %1.</translation>
        </message>
        <message>
            <source>it ends with "/"; remove the trailing slash.</source>
            <translation>sie endet auf „/“; entfernen Sie den Schrägstrich am Ende.</translation>
        </message>
        <message>
            <source>it contains "//"; remove the extra slash.</source>
            <translation>sie enthält „//“; entfernen Sie den überzähligen Schrägstrich.</translation>
        </message>
        <message>
            <source>it ends after "subscriptions"; add the subscription ID.</source>
            <translation>sie endet nach „subscriptions“; ergänzen Sie die Abonnement-ID.</translation>
        </message>
        <message>
            <source>it ends after "resourceGroups"; add the resource group name.</source>
            <translation>sie endet nach „resourceGroups“; ergänzen Sie den Namen der Ressourcengruppe.</translation>
        </message>
        <message>
            <source>it starts with %1 where "subscriptions" belongs. %2</source>
            <translation>sie beginnt mit %1, wo „subscriptions“ stehen muss. %2</translation>
        </message>
        <message>
            <source>found %1 where "providers" belongs (segment %2).</source>
            <translation>%1 steht dort, wo „providers“ stehen muss (Segment %2).</translation>
        </message>
        <message>
            <source>it ends after "providers"; add the provider namespace, e.g. Microsoft.KeyVault.</source>
            <translation>sie endet nach „providers“; ergänzen Sie den Anbieter-Namespace, z. B. Microsoft.KeyVault.</translation>
        </message>
        <message>
            <source>%1 is not a provider namespace; namespaces look like Microsoft.KeyVault.</source>
            <translation>%1 ist kein Anbieter-Namespace; Namespaces sehen aus wie Microsoft.KeyVault.</translation>
        </message>
        <message>
            <source>%1 is not a resource type; types are letters and digits, like "vaults".</source>
            <translation>%1 ist kein Ressourcentyp; Typen bestehen aus Buchstaben und Ziffern, etwa „vaults“.</translation>
        </message>
        <message>
            <source>it ends with the resource type %1 but no name; add the name after it.</source>
            <translation>sie endet mit dem Ressourcentyp %1 ohne Namen; ergänzen Sie den Namen dahinter.</translation>
        </message>
        <message>
            <source>it names no resource.</source>
            <translation>sie bezeichnet keine Ressource.</translation>
        </message>
    </context>
    <context>
        <name>cmk::RolePanel</name>
        <message>
            <source>Who is signed in and their roles</source>
            <translation>Wer angemeldet ist und welche Rollen er hat</translation>
        </message>
        <message>
            <source>Nobody signed in yet</source>
            <translation>Noch niemand angemeldet</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 &lt;%2&gt;
in %3</source>
            <extracomment>%1 name, %2 account, %3 tenant</extracomment>
            <translation>%1 &lt;%2&gt;
in %3</translation>
        </message>
        <message>
            <source>Reading the roles…</source>
            <translation>Die Rollen werden gelesen…</translation>
        </message>
        <message>
            <source>No roles found</source>
            <translation>Keine Rollen gefunden</translation>
        </message>
        <message>
            <source>Separation of duties could not be checked: %1</source>
            <translation>Die Aufgabentrennung konnte nicht geprüft werden: %1</translation>
        </message>
        <message>
            <source>Separation of duties: fine, no one holds both duties.</source>
            <translation>Aufgabentrennung: in Ordnung, niemand hat beide Aufgaben inne.</translation>
        </message>
        <message>
            <source>Separation of duties: one identity holds both duties.</source>
            <translation>Aufgabentrennung: Eine Identität hat beide Aufgaben inne.</translation>
        </message>
        <message>
            <source>Separation of duties: %1</source>
            <translation>Aufgabentrennung: %1</translation>
        </message>
        <message>
            <source>Recorded justification: “%1”</source>
            <translation>Aufgezeichnete Begründung: „%1“</translation>
        </message>
        <message>
            <source>No justification recorded yet.</source>
            <translation>Noch keine Begründung aufgezeichnet.</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>In Ordnung</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Separation of duties: checked when the run starts.</source>
            <translation>Aufgabentrennung: wird beim Start des Laufs geprüft.</translation>
        </message>
    </context>
    <context>
        <name>cmk::RunDocks</name>
        <message>
            <source>People and Roles</source>
            <translation>Personen und Rollen</translation>
        </message>
        <message>
            <source>Topology</source>
            <translation>Topologie</translation>
        </message>
        <message>
            <source>Request Journal</source>
            <translation>Anfrageprotokoll</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Export &amp;Topology…</source>
            <translation>&amp;Topologie exportieren…</translation>
        </message>
        <message>
            <source>Export Audit &amp;Evidence…</source>
            <translation>Prüf&amp;nachweis exportieren…</translation>
        </message>
        <message>
            <source>%1 holds both the Power Platform and the key vault administrator duties.</source>
            <translation>%1 hat sowohl die Power Platform- als auch die Schlüsseltresor-Administratoraufgaben.</translation>
        </message>
        <message>
            <source>No one holds both duties in this run.</source>
            <translation>In diesem Lauf hat niemand beide Aufgaben.</translation>
        </message>
        <message>
            <source>Export Topology</source>
            <translation>Topologie exportieren</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg);;PNG image (*.png)</source>
            <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>There is no run to export: choose a track or a saved run first.</source>
            <translation>Es gibt keinen Lauf zum Exportieren: Wählen Sie zuerst einen Ablauf oder einen gespeicherten Lauf.</translation>
        </message>
        <message>
            <source>Export Audit Evidence</source>
            <translation>Prüfnachweis exportieren</translation>
        </message>
        <message>
            <source>Readable report (*.html);;JSON document (*.json)</source>
            <translation>Lesbarer Bericht (*.html);;JSON-Dokument (*.json)</translation>
        </message>
        <message>
            <source>A&amp;udit</source>
            <translation>Pr&amp;üfung</translation>
        </message>
        <message>
            <source>checked from the signed-in people's roles when the run starts.</source>
            <translation>wird beim Start des Laufs anhand der Rollen der angemeldeten Personen geprüft.</translation>
        </message>
    </context>
    <context>
        <name>cmk::RunSession</name>
        <message>
            <source>There is no track "%1" in this version of CMK Wizard.</source>
            <translation>Diese Version von CMK Wizard hat keinen Ablauf „%1“.</translation>
        </message>
        <message>
            <source>The run %1 is of the track "%2", which this version of CMK Wizard does not have.</source>
            <translation>Der Lauf %1 gehört zum Ablauf „%2“, den diese Version von CMK Wizard nicht hat.</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <extracomment>%1 step number, %2 step title</extracomment>
            <translation>Schritt %1: %2</translation>
        </message>
        <message>
            <source>%1 is required.</source>
            <translation>%1 ist erforderlich.</translation>
        </message>
        <message>
            <source>Step %1 (%2): %3</source>
            <extracomment>%1 step number, %2 step title, %3 what is missing and who can grant it</extracomment>
            <translation>Schritt %1 (%2): %3</translation>
        </message>
    </context>
    <context>
        <name>cmk::SetupModel</name>
        <message>
            <source>Choose a cloud first.</source>
            <translation>Wählen Sie zuerst eine Cloud.</translation>
        </message>
    </context>
    <context>
        <name>cmk::SignInPage</name>
        <message>
            <source>Sign In</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Each tenant side of the track signs in as its own person. Their roles are read from the directory and from Azure before anything changes.</source>
            <translation>Jede Mandantenseite des Ablaufs meldet sich als eigene Person an. Ihre Rollen werden aus dem Verzeichnis und aus Azure gelesen, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>Track: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Ablauf: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>%1 lacks roles this track needs; the run will stop before these steps change anything:</source>
            <extracomment>%1 the person signed in</extracomment>
            <translation>%1 fehlen Rollen, die dieser Ablauf braucht; der Lauf hält an, bevor diese Schritte etwas ändern:</translation>
        </message>
    </context>
    <context>
        <name>cmk::SignInPanel</name>
        <message>
            <source>Sign-in for the %1</source>
            <extracomment>%1 "ISV tenant" or "customer tenant"</extracomment>
            <translation>Anmeldung – %1</translation>
        </message>
        <message>
            <source>Sign in to the %1</source>
            <translation>Anmelden – %1</translation>
        </message>
        <message>
            <source>Sign in as a person of the demo</source>
            <translation>Als Person der Vorführung anmelden</translation>
        </message>
        <message>
            <source>People of the demo</source>
            <translation>Personen der Vorführung</translation>
        </message>
        <message>
            <source>Pick the person who signs in; press Enter to sign in.</source>
            <translation>Wählen Sie die Person, die sich anmeldet; drücken Sie die Eingabetaste, um sich anzumelden.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Mandant</translation>
        </message>
        <message>
            <source>&amp;Sign In as Selected Person</source>
            <translation>Als ausgewählte &amp;Person anmelden</translation>
        </message>
        <message>
            <source>Signs the selected person in with a device code they approve.</source>
            <translation>Meldet die ausgewählte Person mit einem Gerätecode an, den sie bestätigt.</translation>
        </message>
        <message>
            <source>Sign In with &amp;Browser</source>
            <translation>Mit &amp;Browser anmelden</translation>
        </message>
        <message>
            <source>Opens the sign-in page in the system browser.</source>
            <translation>Öffnet die Anmeldeseite im Systembrowser.</translation>
        </message>
        <message>
            <source>Use a &amp;Device Code Instead</source>
            <translation>Stattdessen &amp;Gerätecode verwenden</translation>
        </message>
        <message>
            <source>Shows a code to enter on another device, for machines without a browser.</source>
            <translation>Zeigt einen Code zur Eingabe auf einem anderen Gerät, für Computer ohne Browser.</translation>
        </message>
        <message>
            <source>Device code</source>
            <translation>Gerätecode</translation>
        </message>
        <message>
            <source>&amp;Copy Code</source>
            <translation>Code &amp;kopieren</translation>
        </message>
        <message>
            <source>Copies the device code to the clipboard.</source>
            <translation>Kopiert den Gerätecode in die Zwischenablage.</translation>
        </message>
        <message>
            <source>Sign-in in progress</source>
            <translation>Anmeldung läuft</translation>
        </message>
        <message>
            <source>Cancel Sign-In</source>
            <translation>Anmeldung abbrechen</translation>
        </message>
        <message>
            <source>Stops waiting for the sign-in.</source>
            <translation>Beendet das Warten auf die Anmeldung.</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <source>Detected roles</source>
            <translation>Erkannte Rollen</translation>
        </message>
        <message>
            <source>Sign In as Someone &amp;Else</source>
            <translation>Als &amp;andere Person anmelden</translation>
        </message>
        <message>
            <source>Starts a new sign-in for this tenant.</source>
            <translation>Startet eine neue Anmeldung bei diesem Mandanten.</translation>
        </message>
        <message>
            <source>The code is on the clipboard.</source>
            <translation>Der Code ist in der Zwischenablage.</translation>
        </message>
        <message>
            <source>Pick a person first.</source>
            <translation>Wählen Sie zuerst eine Person.</translation>
        </message>
        <message>
            <source>Open &lt;a href="%1"&gt;%1&lt;/a&gt; on any device and enter this code:</source>
            <translation>Öffnen Sie &lt;a href="%1"&gt;%1&lt;/a&gt; auf einem beliebigen Gerät, und geben Sie diesen Code ein:</translation>
        </message>
        <message>
            <source>Checking the saved sign-in…</source>
            <translation>Die gespeicherte Anmeldung wird geprüft…</translation>
        </message>
        <message>
            <source>Waiting for the sign-in in the browser…</source>
            <translation>Warten auf die Anmeldung im Browser…</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <source>Waiting for the code to be entered…</source>
            <translation>Warten auf die Eingabe des Codes…</translation>
        </message>
        <message>
            <source>The sign-in was cancelled.</source>
            <translation>Die Anmeldung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Account: %1 (%2)</source>
            <translation>Konto: %1 (%2)</translation>
        </message>
        <message>
            <source>Tenant: %1</source>
            <translation>Mandant: %1</translation>
        </message>
        <message>
            <source>Tenant: %1 (%2)</source>
            <translation>Mandant: %1 (%2)</translation>
        </message>
        <message>
            <source>Reading the roles…</source>
            <translation>Die Rollen werden gelesen…</translation>
        </message>
        <message>
            <source>Detected roles:</source>
            <translation>Erkannte Rollen:</translation>
        </message>
    </context>
    <context>
        <name>cmk::SignInSession</name>
        <message>
            <source>The account used is not a member of the %1 %2.</source>
            <translation>Das verwendete Konto gehört nicht zum Mandanten %2 (%1).</translation>
        </message>
        <message>
            <source>Sign in with an account of that tenant.</source>
            <translation>Melden Sie sich mit einem Konto dieses Mandanten an.</translation>
        </message>
        <message>
            <source>The saved sign-in of %1 no longer works (%2); sign in again.</source>
            <translation>Die gespeicherte Anmeldung von %1 funktioniert nicht mehr (%2); melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>The browser sign-in did not finish in time; use the device code instead.</source>
            <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen; verwenden Sie stattdessen den Gerätecode.</translation>
        </message>
        <message>
            <source>The demo could not sign %1 in.</source>
            <translation>Die Vorführung konnte %1 nicht anmelden.</translation>
        </message>
        <message>
            <source>Pick another person.</source>
            <translation>Wählen Sie eine andere Person.</translation>
        </message>
        <message>
            <source>%1 is not one of the demo's people.</source>
            <translation>%1 gehört nicht zu den Personen der Vorführung.</translation>
        </message>
        <message>
            <source>Pick a person from the list.</source>
            <translation>Wählen Sie eine Person aus der Liste.</translation>
        </message>
        <message>
            <source>Pick a person of the %1.</source>
            <translation>Wählen Sie eine Person aus (%1).</translation>
        </message>
        <message>
            <source>The sign-in gave no account.</source>
            <translation>Die Anmeldung hat kein Konto geliefert.</translation>
        </message>
        <message>
            <source>Sign in again with a user account.</source>
            <translation>Melden Sie sich erneut mit einem Benutzerkonto an.</translation>
        </message>
        <message>
            <source>Directory roles could not be read: %1</source>
            <translation>Verzeichnisrollen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Directory roles: none</source>
            <translation>Verzeichnisrollen: keine</translation>
        </message>
        <message>
            <source>Directory roles: %1</source>
            <translation>Verzeichnisrollen: %1</translation>
        </message>
        <message>
            <source>Azure role %1 at %2</source>
            <translation>Azure-Rolle %1 für %2</translation>
        </message>
        <message>
            <source>Azure roles at %1 could not be read: %2</source>
            <translation>Azure-Rollen für %1 konnten nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Azure roles: none at the scopes read</source>
            <translation>Azure-Rollen: keine in den gelesenen Bereichen</translation>
        </message>
        <message>
            <source>%1 signed in to tenant %2, but the %3 is %4.</source>
            <extracomment>%1 a person, %2 the tenant they signed in to, %3 "customer tenant" or "ISV tenant", %4 its id</extracomment>
            <translation>%1 hat sich bei Mandant %2 angemeldet, aber der %3 ist %4.</translation>
        </message>
    </context>
    <context>
        <name>cmk::StartPage</name>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Durchsuchen...</translation>
        </message>
        <message>
            <source>Welcome to CMK Wizard</source>
            <translation>Willkommen beim CMK-Assistenten</translation>
        </message>
        <message>
            <source>Set up and operate customer-managed keys across Azure tenants and for Power Platform. Tell us who you are, what you want to do and in which cloud.</source>
            <translation>Kundenverwaltete Schlüssel über Azure-Mandanten hinweg und für Power Platform einrichten und betreiben. Sagen Sie uns, wer Sie sind, was Sie tun möchten und in welcher Cloud.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Wer sind Sie?</translation>
        </message>
        <message>
            <source>What do you want to do?</source>
            <translation>Was möchten Sie tun?</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Abläufe</translation>
        </message>
        <message>
            <source>The procedures available for the role you chose.</source>
            <translation>Die Abläufe, die für die gewählte Rolle verfügbar sind.</translation>
        </message>
        <message>
            <source>Which cloud?</source>
            <translation>Welche Cloud?</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <source>The Azure cloud to sign in to, a custom cloud profile, or the offline sandbox demo.</source>
            <translation>Die Azure-Cloud für die Anmeldung, ein eigenes Cloud-Profil oder die Offline-Sandbox-Vorführung.</translation>
        </message>
        <message>
            <source>Custom cloud profile file...</source>
            <translation>Eigene Cloud-Profildatei...</translation>
        </message>
        <message>
            <source>Offline sandbox demo (no Azure account needed)</source>
            <translation>Offline-Sandbox-Vorführung (kein Azure-Konto nötig)</translation>
        </message>
        <message>
            <source>Path to a cloud profile (.json)</source>
            <translation>Pfad zu einem Cloud-Profil (.json)</translation>
        </message>
        <message>
            <source>Cloud profile file</source>
            <translation>Cloud-Profildatei</translation>
        </message>
        <message>
            <source>&amp;Cloud:</source>
            <translation>&amp;Cloud:</translation>
        </message>
        <message>
            <source>Profile &amp;file:</source>
            <translation>Profil&amp;datei:</translation>
        </message>
        <message>
            <source>Open Cloud Profile</source>
            <translation>Cloud-Profil öffnen</translation>
        </message>
        <message>
            <source>Cloud profiles (*.json);;All files (*)</source>
            <translation>Cloud-Profile (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Signs in to %1.</source>
            <extracomment>%1 is where this person signs in, e.g. "the customer tenant"</extracomment>
            <translation>Meldet sich an bei %1.</translation>
        </message>
        <message>
            <source>Choose who you are on the left to see what you can do.</source>
            <translation>Wählen Sie links, wer Sie sind, um zu sehen, was Sie tun können.</translation>
        </message>
        <message>
            <source>No track for the role "%1" is available in this version of CMK Wizard yet. Nothing is offered until it works end to end.</source>
            <translation>Für die Rolle „%1“ gibt es in dieser Version des CMK-Assistenten noch keinen Ablauf. Angeboten wird nur, was vollständig funktioniert.</translation>
        </message>
        <message>
            <source>The sandbox is not part of this build.</source>
            <translation>Die Sandbox ist in diesem Build nicht enthalten.</translation>
        </message>
        <message>
            <source>Choose the JSON file that describes your cloud's endpoints (the format is in docs/cloud-profile.md).</source>
            <translation>Wählen Sie die JSON-Datei, die die Endpunkte Ihrer Cloud beschreibt (das Format steht in docs/cloud-profile.md).</translation>
        </message>
        <message>
            <source>Sign-in: %1 · Resource Manager: %2 · Power Platform: %3</source>
            <extracomment>Hosts of the chosen cloud; %1 sign-in, %2 Azure Resource Manager, %3 Power Platform</extracomment>
            <translation>Anmeldung: %1 · Resource Manager: %2 · Power Platform: %3</translation>
        </message>
        <message>
            <source>Continue where you left off</source>
            <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
        </message>
        <message>
            <source>Unfinished runs</source>
            <translation>Nicht abgeschlossene Läufe</translation>
        </message>
        <message>
            <source>Runs that stopped before their last step. Choose one to continue it instead of starting a new run.</source>
            <translation>Läufe, die vor ihrem letzten Schritt angehalten haben. Wählen Sie einen, um ihn fortzusetzen, statt einen neuen Lauf zu beginnen.</translation>
        </message>
        <message>
            <source>%1 — %2 of %3 steps done, stopped at %4 (saved %5)</source>
            <extracomment>%1 track title, %2 steps done, %3 steps in all, %4 where it stopped, %5 when it was saved</extracomment>
            <translation>%1 – %2 von %3 Schritten erledigt, angehalten bei %4 (gespeichert %5)</translation>
        </message>
        <message>
            <source>Status &amp;Dashboard...</source>
            <translation>Status-&amp;Dashboard...</translation>
        </message>
        <message>
            <source>See which environments are encrypted, which are locked and why, and how long a locked production environment has before deletion. Read rights suffice.</source>
            <translation>Sehen Sie, welche Umgebungen verschlüsselt und welche gesperrt sind und warum, und wie lange eine gesperrte Produktionsumgebung bis zur Löschung hat. Leserechte genügen.</translation>
        </message>
    </context>
    <context>
        <name>cmk::StartupOptions</name>
        <message>
            <source>The cloud to use: %1 (default AzureCloud).</source>
            <translation>Die zu verwendende Cloud: %1 (Standard: AzureCloud).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Use the custom cloud profile in &lt;file&gt; (format: docs/cloud-profile.md).</source>
            <translation>Das eigene Cloud-Profil in &lt;file&gt; verwenden (Format: docs/cloud-profile.md).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Start the embedded sandbox and use it instead of a real cloud: no Azure account needed.</source>
            <translation>Die eingebaute Sandbox starten und statt einer echten Cloud verwenden: kein Azure-Konto nötig.</translation>
        </message>
        <message>
            <source>Show the user interface in &lt;language&gt; (en, de); default: the system's.</source>
            <translation>Die Oberfläche in &lt;language&gt; (en, de) anzeigen; Standard: die Sprache des Systems.</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>--cloud, --profile and --sandbox each choose the cloud; give only one of them.</source>
            <translation>--cloud, --profile und --sandbox wählen jeweils die Cloud; geben Sie nur eine dieser Optionen an.</translation>
        </message>
        <message>
            <source>--profile: %1</source>
            <translation>--profile: %1</translation>
        </message>
        <message>
            <source>--cloud: %1 is not a known cloud; use one of %2, or --profile FILE for another cloud.</source>
            <translation>--cloud: %1 ist keine bekannte Cloud; verwenden Sie eine von %2 oder --profile DATEI für eine andere Cloud.</translation>
        </message>
        <message>
            <source>--lang: %1 is not a supported language; use en or de.</source>
            <translation>--lang: %1 ist keine unterstützte Sprache; verwenden Sie en oder de.</translation>
        </message>
    </context>
    <context>
        <name>cmk::StatusTableModel</name>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Richtlinie</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>Key Managed By</source>
            <extracomment>Who manages the key that protects the data: Customer, Microsoft or BYOK</extracomment>
            <translation>Schlüssel verwaltet von</translation>
        </message>
        <message>
            <source>Key Health</source>
            <translation>Schlüsselzustand</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Sperre</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Days Left</source>
            <extracomment>Days left before a locked production environment is deleted</extracomment>
            <translation>Verbleibende Tage</translation>
        </message>
        <message>
            <source>Last Operation</source>
            <translation>Letzter Vorgang</translation>
        </message>
        <message>
            <source>Encrypting (%1%)</source>
            <extracomment>The encryption state while linking, %1 the percentage done</extracomment>
            <translation>Wird verschlüsselt (%1 %)</translation>
        </message>
        <message>
            <source>Not locked</source>
            <translation>Nicht gesperrt</translation>
        </message>
        <message>
            <source>Locked, access restored</source>
            <translation>Gesperrt, Zugriff wiederhergestellt</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>%1
Deleted on %2 unless Microsoft support unlocks it.</source>
            <extracomment>%1 the next action, %2 the date and time of deletion</extracomment>
            <translation>%1
Wird am %2 gelöscht, sofern der Microsoft-Support sie nicht entsperrt.</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translation>Verschlüsselt</translation>
        </message>
        <message>
            <source>Encrypting</source>
            <translation>Wird verschlüsselt</translation>
        </message>
        <message>
            <source>Unlinking</source>
            <translation>Wird getrennt</translation>
        </message>
        <message>
            <source>Microsoft key</source>
            <extracomment>Not encrypted with a customer-managed key; Microsoft's key protects it</extracomment>
            <translation>Microsoft-Schlüssel</translation>
        </message>
        <message>
            <source>BYOK (migrate)</source>
            <extracomment>The older bring-your-own-key feature</extracomment>
            <translation>BYOK (migrieren)</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Gefährdet</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>Ungeprüft</translation>
        </message>
        <message>
            <source>Not eligible</source>
            <translation>Nicht geeignet</translation>
        </message>
        <message>
            <source>Microsoft</source>
            <translation>Microsoft</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>BYOK</source>
            <translation>BYOK</translation>
        </message>
        <message>
            <source>Policy deleted</source>
            <translation>Richtlinie gelöscht</translation>
        </message>
        <message>
            <source>Key vault deleted</source>
            <translation>Schlüsseltresor gelöscht</translation>
        </message>
        <message>
            <source>Key deleted</source>
            <translation>Schlüssel gelöscht</translation>
        </message>
        <message>
            <source>Key disabled</source>
            <translation>Schlüssel deaktiviert</translation>
        </message>
        <message>
            <source>Key version disabled</source>
            <translation>Schlüsselversion deaktiviert</translation>
        </message>
        <message>
            <source>Key expired</source>
            <translation>Schlüssel abgelaufen</translation>
        </message>
        <message>
            <source>Key not yet valid</source>
            <translation>Schlüssel noch nicht gültig</translation>
        </message>
        <message>
            <source>Permission revoked</source>
            <translation>Berechtigung entzogen</translation>
        </message>
        <message>
            <source>Vault network blocked</source>
            <translation>Tresornetzwerk blockiert</translation>
        </message>
        <message>
            <source>Unknown reason</source>
            <translation>Unbekannter Grund</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Intakt</translation>
        </message>
        <message>
            <source>Expires soon</source>
            <translation>Läuft bald ab</translation>
        </message>
        <message>
            <source>No purge protection</source>
            <translation>Kein Löschschutz</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
    </context>
    <context>
        <name>cmk::StepPanel</name>
        <message>
            <source>Step %1: %2</source>
            <extracomment>%1 step number, %2 step title</extracomment>
            <translation>Schritt %1: %2</translation>
        </message>
        <message>
            <source>%1 · run by: %2</source>
            <extracomment>%1 "ISV tenant" or "customer tenant", %2 the role that may run the step</extracomment>
            <translation>%1 · ausgeführt von: %2</translation>
        </message>
        <message>
            <source>&lt;a href="%1"&gt;Microsoft documentation&lt;/a&gt;</source>
            <translation>&lt;a href="%1"&gt;Microsoft-Dokumentation&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Eingaben</translation>
        </message>
        <message>
            <source>Plan: the calls this step makes</source>
            <translation>Plan: die Aufrufe dieses Schritts</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Every REST call the step would make; expand a call to see its body and why it is made.</source>
            <translation>Jeder REST-Aufruf, den der Schritt machen würde; klappen Sie einen Aufruf auf, um seinen Inhalt und seinen Grund zu sehen.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Result of the step</source>
            <translation>Ergebnis des Schritts</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Refresh the choices for %1</source>
            <extracomment>%1 the input's label</extracomment>
            <translation>Die Auswahl für %1 neu laden</translation>
        </message>
        <message>
            <source>Bro&amp;wse...</source>
            <translation>&amp;Durchsuchen...</translation>
        </message>
        <message>
            <source>Choose the file for %1</source>
            <translation>Die Datei für %1 wählen</translation>
        </message>
        <message>
            <source>Hand-off files (*.json);;All files (*)</source>
            <translation>Übergabedateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>required</source>
            <translation>erforderlich</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>%1 (optional):</source>
            <translation>%1 (optional):</translation>
        </message>
        <message>
            <source>Problem with %1</source>
            <translation>Problem mit %1</translation>
        </message>
        <message>
            <source>Nothing to send: the step only reads, or what it needs is not known yet.</source>
            <translation>Nichts zu senden: Der Schritt liest nur, oder was er braucht, ist noch nicht bekannt.</translation>
        </message>
        <message>
            <source>Irreversible: it asks you to type %1 before it runs.</source>
            <extracomment>%1 the name the person types to confirm</extracomment>
            <translation>Unumkehrbar: Sie müssen %1 eingeben, bevor er ausgeführt wird.</translation>
        </message>
        <message>
            <source>Not run yet.</source>
            <translation>Noch nicht ausgeführt.</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>Wird ausgeführt…</translation>
        </message>
        <message>
            <source>Already done: nothing was changed.</source>
            <translation>Bereits erledigt: Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Done and verified.</source>
            <translation>Erledigt und geprüft.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Run by %1.</source>
            <translation>Ausgeführt von %1.</translation>
        </message>
    </context>
    <context>
        <name>cmk::TopologyView</name>
        <message>
            <source>Setup topology</source>
            <translation>Topologie der Einrichtung</translation>
        </message>
        <message>
            <source>not known yet</source>
            <translation>noch nicht bekannt</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>%1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>CMK Wizard: the resources of track %1 and their state.</source>
            <translation>CMK Wizard: die Ressourcen des Ablaufs %1 und ihr Status.</translation>
        </message>
        <message>
            <source>This build cannot write SVG (Qt SVG is missing); export a PNG instead.</source>
            <translation>Dieser Build kann kein SVG schreiben (Qt SVG fehlt); exportieren Sie stattdessen ein PNG.</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <extracomment>a node of the topology: %1 what it is, %2 its name or "not known yet", %3 its state</extracomment>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>Export as &amp;PNG…</source>
            <translation>Als &amp;PNG exportieren…</translation>
        </message>
        <message>
            <source>Export as &amp;SVG…</source>
            <translation>Als &amp;SVG exportieren…</translation>
        </message>
        <message>
            <source>Export Topology as SVG</source>
            <translation>Topologie als SVG exportieren</translation>
        </message>
        <message>
            <source>Export Topology as PNG</source>
            <translation>Topologie als PNG exportieren</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
    </context>
    <context>
        <name>cmk::TrackPage</name>
        <message>
            <source>Hand-off to the other tenant</source>
            <translation>Übergabe an den anderen Mandanten</translation>
        </message>
        <message>
            <source>Copy File &amp;Path</source>
            <translation>Datei&amp;pfad kopieren</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>Aus&amp;führen</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Anwenden</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>S&amp;top</translation>
        </message>
        <message>
            <source>E&amp;xport Plan...</source>
            <translation>Plan e&amp;xportieren...</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Every step of the track with its state; choose one to see its inputs, plan and result.</source>
            <translation>Jeder Schritt des Ablaufs mit seinem Zustand; wählen Sie einen, um Eingaben, Plan und Ergebnis zu sehen.</translation>
        </message>
        <message>
            <source>Copies the path of the hand-off file to send.</source>
            <translation>Kopiert den Pfad der zu sendenden Übergabedatei.</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Why one person holds both duties here; it is recorded with the run.</source>
            <translation>Warum hier eine Person beide Aufgaben hat; dies wird mit dem Lauf gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Justification:</source>
            <translation>&amp;Begründung:</translation>
        </message>
        <message>
            <source>Progress of the run</source>
            <translation>Fortschritt des Laufs</translation>
        </message>
        <message>
            <source>Applies the plan shown for the current step.</source>
            <translation>Wendet den angezeigten Plan des aktuellen Schritts an.</translation>
        </message>
        <message>
            <source>Stops after the current request, or declines the plan waiting for approval.</source>
            <translation>Hält nach der aktuellen Anfrage an oder lehnt den wartenden Plan ab.</translation>
        </message>
        <message>
            <source>Shows the plan of every step not done yet as an az CLI script, a PowerShell script or an ARM template.</source>
            <translation>Zeigt den Plan jedes noch nicht erledigten Schritts als az-CLI-Skript, PowerShell-Skript oder ARM-Vorlage.</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Some inputs need fixing before the run can start:</source>
            <translation>Einige Eingaben müssen korrigiert werden, bevor der Lauf beginnen kann:</translation>
        </message>
        <message>
            <source>Separation of duties: %1</source>
            <translation>Aufgabentrennung: %1</translation>
        </message>
        <message>
            <source>waiting for your approval</source>
            <translation>wartet auf Ihre Freigabe</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>already done</source>
            <translation>bereits erledigt</translation>
        </message>
        <message>
            <source>waiting for the other tenant</source>
            <translation>wartet auf den anderen Mandanten</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>an input needs fixing</source>
            <translation>eine Eingabe muss korrigiert werden</translation>
        </message>
        <message>
            <source>not run yet</source>
            <translation>noch nicht ausgeführt</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Check &amp;Again</source>
            <translation>&amp;Erneut prüfen</translation>
        </message>
        <message>
            <source>Runs every step not done yet; each plan waits for your approval.</source>
            <translation>Führt jeden noch nicht erledigten Schritt aus; jeder Plan wartet auf Ihre Freigabe.</translation>
        </message>
        <message>
            <source>Fix the inputs marked in the step list first.</source>
            <translation>Korrigieren Sie zuerst die in der Schrittliste markierten Eingaben.</translation>
        </message>
        <message>
            <source>&amp;Apply Step %1...</source>
            <translation>Schritt %1 &amp;anwenden...</translation>
        </message>
        <message>
            <source>&amp;Apply Step %1</source>
            <translation>Schritt %1 &amp;anwenden</translation>
        </message>
        <message>
            <source>Fix the inputs of the steps marked with a warning, then Run.</source>
            <translation>Korrigieren Sie die Eingaben der mit einer Warnung markierten Schritte, dann Ausführen.</translation>
        </message>
        <message>
            <source>Go back and sign in first.</source>
            <translation>Gehen Sie zurück und melden Sie sich zuerst an.</translation>
        </message>
        <message>
            <source>Review the plan of the highlighted step, then apply it.</source>
            <translation>Prüfen Sie den Plan des markierten Schritts und wenden Sie ihn dann an.</translation>
        </message>
        <message>
            <source>Apply Step %1</source>
            <translation>Schritt %1 anwenden</translation>
        </message>
        <message>
            <source>Nothing was changed: the step runs only after you type the name. Apply again, or Stop to decline the plan.</source>
            <translation>Nichts wurde geändert: Der Schritt läuft erst, wenn Sie den Namen eingeben. Wenden Sie erneut an, oder lehnen Sie den Plan mit Stopp ab.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Every step is done and verified.&lt;/b&gt; The run is saved in %1.</source>
            <translation>&lt;b&gt;Jeder Schritt ist erledigt und geprüft.&lt;/b&gt; Der Lauf ist in %1 gespeichert.</translation>
        </message>
        <message>
            <source>You can close CMK Wizard now: the run is saved. When the other side's hand-off file arrives, choose this run under "Continue where you left off", give the file at the hand-off step and Continue.</source>
            <translation>Sie können CMK Wizard jetzt schließen: Der Lauf ist gespeichert. Wenn die Übergabedatei der anderen Seite eintrifft, wählen Sie diesen Lauf unter „Dort weitermachen, wo Sie aufgehört haben“, geben Sie die Datei im Übergabeschritt an und setzen Sie fort.</translation>
        </message>
        <message>
            <source>Stopped; nothing more is sent. Continue picks up where the run stopped.</source>
            <translation>Angehalten; es wird nichts mehr gesendet. Fortsetzen macht dort weiter, wo der Lauf angehalten hat.</translation>
        </message>
        <message>
            <source>Before anything changes, these need fixing:</source>
            <translation>Bevor etwas geändert wird, muss Folgendes behoben werden:</translation>
        </message>
        <message>
            <source>Send this file to the other tenant's administrator: %1</source>
            <translation>Senden Sie diese Datei an den Administrator des anderen Mandanten: %1</translation>
        </message>
    </context>
    <context>
        <name>cmk::auth::BrowserSignIn</name>
        <message>
            <source>the sign-in in the browser was not completed in time</source>
            <translation>die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen</translation>
        </message>
        <message>
            <source>no loopback port is free for the sign-in answer</source>
            <translation>für die Antwort der Anmeldung ist kein lokaler Port frei</translation>
        </message>
        <message>
            <source>You are signed in. You can close this window and go back to CMK Wizard.</source>
            <translation>Sie sind angemeldet. Sie können dieses Fenster schließen und zu CMK Wizard zurückkehren.</translation>
        </message>
        <message>
            <source>The answer from the sign-in page does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
            <translation>Die Antwort der Anmeldeseite gehört nicht zu dieser Anmeldung (state stimmt nicht überein). Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>The answer from the sign-in page carries no authorization code.</source>
            <translation>Die Antwort der Anmeldeseite enthält keinen Autorisierungscode.</translation>
        </message>
        <message>
            <source>redeem sign-in code</source>
            <translation>Anmeldecode einlösen</translation>
        </message>
    </context>
    <context>
        <name>cmk::auth::ClientSecretCredential</name>
        <message>
            <source>No client secret: set %1 or store the secret in the keychain.</source>
            <translation>Kein Clientgeheimnis: Setzen Sie %1 oder legen Sie das Geheimnis im Schlüsselbund ab.</translation>
        </message>
        <message>
            <source>No client secret: set %1 or store the secret in the keychain under "%2".</source>
            <translation>Kein Clientgeheimnis: Setzen Sie %1 oder legen Sie das Geheimnis im Schlüsselbund unter „%2“ ab.</translation>
        </message>
    </context>
    <context>
        <name>cmk::auth::DeviceCodeSignIn</name>
        <message>
            <source>start device sign-in</source>
            <translation>Geräteanmeldung starten</translation>
        </message>
        <message>
            <source>wait for device sign-in</source>
            <translation>auf Geräteanmeldung warten</translation>
        </message>
    </context>
    <context>
        <name>cmk::auth::FileCredentialStore</name>
        <message>
            <source>Secrets will be stored in a file that only your user account can read. Anyone who can read your files (an administrator, a backup, malware running as you) can use your sign-in. Prefer the system keychain when one is available.</source>
            <translation>Geheimnisse werden in einer Datei gespeichert, die nur Ihr Benutzerkonto lesen kann. Wer Ihre Dateien lesen kann (ein Administrator, eine Sicherung, Schadsoftware unter Ihrem Konto), kann Ihre Anmeldung verwenden. Verwenden Sie nach Möglichkeit den Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <source>the file %1 (readable by your account only)</source>
            <translation>die Datei %1 (nur für Ihr Konto lesbar)</translation>
        </message>
        <message>
            <source>%1 is damaged; remove it to start afresh.</source>
            <translation>%1 ist beschädigt; entfernen Sie die Datei, um neu zu beginnen.</translation>
        </message>
    </context>
    <context>
        <name>cmk::auth::KeychainCredentialStore</name>
        <message>
            <source>the system keychain</source>
            <translation>der Schlüsselbund des Systems</translation>
        </message>
    </context>
    <context>
        <name>cmk::auth::MemoryCredentialStore</name>
        <message>
            <source>memory (nothing is kept after the program ends)</source>
            <translation>Arbeitsspeicher (nach Programmende bleibt nichts erhalten)</translation>
        </message>
    </context>
    <context>
        <name>cmk::auth::TokenBroker</name>
        <message>
            <source>memory</source>
            <translation>Arbeitsspeicher</translation>
        </message>
        <message>
            <source>The stored sign-ins could not be read (%1). Sign in again.</source>
            <translation>Die gespeicherten Anmeldungen konnten nicht gelesen werden (%1). Melden Sie sich erneut an.</translation>
        </message>
    </context>
    <context>
        <name>cmk::auth::TokenEndpoint</name>
        <message>
            <source>refresh sign-in</source>
            <translation>Anmeldung erneuern</translation>
        </message>
        <message>
            <source>sign in as application</source>
            <translation>als Anwendung anmelden</translation>
        </message>
    </context>
    <context>
        <name>cmk::ctl::AuthCommand</name>
        <message>
            <source>Sign in:</source>
            <translation>Anmelden:</translation>
        </message>
        <message>
            <source>The sandbox did not approve the sign-in as %1 (%2); "cmkctl sandbox" lists its people.</source>
            <translation>Die Sandbox hat die Anmeldung als %1 nicht freigegeben (%2); „cmkctl sandbox“ listet ihre Personen.</translation>
        </message>
        <message>
            <source>(sandbox: signing in as %1)</source>
            <translation>(Sandbox: Anmeldung als %1)</translation>
        </message>
        <message>
            <source>Opening the browser to sign in. If it does not open, run "cmkctl auth login --device-code".</source>
            <translation>Der Browser wird zur Anmeldung geöffnet. Falls er sich nicht öffnet, führen Sie „cmkctl auth login --device-code“ aus.</translation>
        </message>
        <message>
            <source>The sign-in gave no account.</source>
            <translation>Die Anmeldung hat kein Konto geliefert.</translation>
        </message>
        <message>
            <source>%1 signed in to tenant %2, not %3; sign in with an account of that tenant.</source>
            <translation>%1 hat sich bei Mandant %2 angemeldet, nicht bei %3; melden Sie sich mit einem Konto dieses Mandanten an.</translation>
        </message>
        <message>
            <source>Signed in as %1, but the sign-in could not be kept in %2: %3</source>
            <translation>Angemeldet als %1, aber die Anmeldung konnte nicht in %2 gespeichert werden: %3</translation>
        </message>
        <message>
            <source>Signed in as %1 (tenant %2), kept in %3.</source>
            <translation>Angemeldet als %1 (Mandant %2), gespeichert in %3.</translation>
        </message>
        <message>
            <source>No one is signed in; nothing to remove.</source>
            <translation>Niemand ist angemeldet; nichts zu entfernen.</translation>
        </message>
        <message>
            <source>%1 is not signed in; "cmkctl auth status" lists who is.</source>
            <translation>%1 ist nicht angemeldet; „cmkctl auth status“ listet, wer angemeldet ist.</translation>
        </message>
        <message>
            <source>Signed out %1.</source>
            <translation>%1 abgemeldet.</translation>
        </message>
        <message>
            <source>%1 could not be removed: %2</source>
            <translation>%1 konnte nicht entfernt werden: %2</translation>
        </message>
        <message>
            <source>No one is signed in (%1). Sign in with "cmkctl auth login".</source>
            <translation>Niemand ist angemeldet (%1). Melden Sie sich mit „cmkctl auth login“ an.</translation>
        </message>
        <message>
            <source>Signed in (%1):</source>
            <translation>Angemeldet (%1):</translation>
        </message>
        <message>
            <source>tenant %1</source>
            <translation>Mandant %1</translation>
        </message>
    </context>
    <context>
        <name>cmk::ctl::BatchCommand</name>
        <message>
            <source>a quoted field is not closed</source>
            <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
        </message>
        <message>
            <source>The batch file %1 cannot be read: %2</source>
            <translation>Die Stapeldatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The batch file %1 is not a JSON array of objects (%2).</source>
            <translation>Die Stapeldatei %1 ist kein JSON-Array von Objekten (%2).</translation>
        </message>
        <message>
            <source>Row %1 of %2 is not a JSON object.</source>
            <translation>Zeile %1 von %2 ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>Row %1 of %2: "%3" is not text; write every value in quotes.</source>
            <translation>Zeile %1 von %2: „%3“ ist kein Text; schreiben Sie jeden Wert in Anführungszeichen.</translation>
        </message>
        <message>
            <source>The batch file %1 is not valid CSV: %2.</source>
            <translation>Die Stapeldatei %1 ist kein gültiges CSV: %2.</translation>
        </message>
        <message>
            <source>The batch file %1 is empty; write a header row and one row per customer.</source>
            <translation>Die Stapeldatei %1 ist leer; schreiben Sie eine Kopfzeile und eine Zeile pro Kunde.</translation>
        </message>
        <message>
            <source>The batch file %1 has no "track" column in its header row.</source>
            <translation>Die Kopfzeile der Stapeldatei %1 hat keine Spalte „track“.</translation>
        </message>
        <message>
            <source>Row %1 of %2 has %3 fields, but the header has %4.</source>
            <translation>Zeile %1 von %2 hat %3 Felder, die Kopfzeile aber %4.</translation>
        </message>
        <message>
            <source>The batch file %1 has no rows.</source>
            <translation>Die Stapeldatei %1 hat keine Zeilen.</translation>
        </message>
        <message>
            <source>Row %1 of %2: the id %3 may hold only letters, digits, ".", "-" and "_" (it names the run file).</source>
            <translation>Zeile %1 von %2: Die ID %3 darf nur Buchstaben, Ziffern, „.“, „-“ und „_“ enthalten (sie benennt die Laufdatei).</translation>
        </message>
        <message>
            <source>Row %1 of %2: the id %3 is used twice.</source>
            <translation>Zeile %1 von %2: Die ID %3 kommt zweimal vor.</translation>
        </message>
        <message>
            <source>Row %1 of %2: there is no track %3; "cmkctl track list" shows them.</source>
            <translation>Zeile %1 von %2: Es gibt keinen Ablauf %3; „cmkctl track list“ zeigt sie.</translation>
        </message>
        <message>
            <source>The batch directory %1 cannot be created.</source>
            <translation>Das Stapelverzeichnis %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>the sandbox did not start: %1</source>
            <translation>die Sandbox ist nicht gestartet: %1</translation>
        </message>
        <message>
            <source>Row %1 (%2): %3%4</source>
            <translation>Zeile %1 (%2): %3%4</translation>
        </message>
        <message>
            <source>, resuming</source>
            <translation>, wird fortgesetzt</translation>
        </message>
        <message>
            <source>ROW</source>
            <translation>ZEILE</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>TRACK</source>
            <translation>ABLAUF</translation>
        </message>
        <message>
            <source>RESULT</source>
            <translation>ERGEBNIS</translation>
        </message>
        <message>
            <source>RUN FILE</source>
            <translation>LAUFDATEI</translation>
        </message>
    </context>
    <context>
        <name>cmk::ctl::CtlApp</name>
        <message>
            <source>Run "cmkctl --help" for the commands and options.</source>
            <translation>„cmkctl --help“ zeigt die Befehle und Optionen.</translation>
        </message>
        <message>
            <source>Output format: table or json.</source>
            <translation>Ausgabeformat: table oder json.</translation>
        </message>
        <message>
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>--output must be table or json, not %1.</source>
            <translation>--output muss table oder json sein, nicht %1.</translation>
        </message>
        <message>
            <source>"demo" takes no further arguments; remove %1.</source>
            <translation>„demo“ nimmt keine weiteren Argumente; entfernen Sie %1.</translation>
        </message>
        <message>
            <source>Use "cmkctl %1 list".</source>
            <translation>Verwenden Sie „cmkctl %1 list“.</translation>
        </message>
        <message>
            <source>CMK Wizard %1 - headless demo</source>
            <translation>CMK-Assistent %1 - Vorführung ohne Oberfläche</translation>
        </message>
        <message>
            <source>Who are you, and what do you want to do?</source>
            <translation>Wer sind Sie, und was möchten Sie tun?</translation>
        </message>
        <message>
            <source>Signs in to %1.</source>
            <translation>Meldet sich an bei %1.</translation>
        </message>
        <message>
            <source>Tracks: none available in this version yet.</source>
            <translation>Abläufe: in dieser Version noch keine verfügbar.</translation>
        </message>
        <message>
            <source>Which cloud?</source>
            <translation>Welche Cloud?</translation>
        </message>
        <message>
            <source>the sandbox did not start: %1</source>
            <translation>die Sandbox ist nicht gestartet: %1</translation>
        </message>
        <message>
            <source>The sandbox is running for this demo on 127.0.0.1 (sign-in %1, Resource Manager %2, Graph %3, Power Platform %4); it stops when this command ends.</source>
            <translation>Die Sandbox läuft für diese Vorführung auf 127.0.0.1 (Anmeldung %1, Resource Manager %2, Graph %3, Power Platform %4); sie endet mit diesem Befehl.</translation>
        </message>
        <message>
            <source>Offline sandbox (cmkctl demo --sandbox)</source>
            <translation>Offline-Sandbox (cmkctl demo --sandbox)</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>SIGN-IN</source>
            <translation>ANMELDUNG</translation>
        </message>
        <message>
            <source>RESOURCE MANAGER</source>
            <translation>RESOURCE MANAGER</translation>
        </message>
        <message>
            <source>No tracks are available in this version of CMK Wizard yet.</source>
            <translation>In dieser Version des CMK-Assistenten sind noch keine Abläufe verfügbar.</translation>
        </message>
        <message>
            <source>People in the sandbox (sign in as them; the passwords are for this demo only):</source>
            <translation>Personen in der Sandbox (melden Sie sich als sie an; die Kennwörter gelten nur für diese Vorführung):</translation>
        </message>
        <message>
            <source>The track's inputs: a JSON object of values.</source>
            <translation>Die Eingaben des Ablaufs: ein JSON-Objekt mit Werten.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Where the run is saved (run, resume).</source>
            <translation>Wo der Ablauf gespeichert wird (run, resume).</translation>
        </message>
        <message>
            <source>track plan: print the plan as az, ps (PowerShell) or arm (template).</source>
            <translation>track plan: den Plan als az, ps (PowerShell) oder arm (Vorlage) ausgeben.</translation>
        </message>
        <message>
            <source>Approve every plan without asking (scripts).</source>
            <translation>Jeden Plan ohne Rückfrage bestätigen (für Skripte).</translation>
        </message>
        <message>
            <source>Keep sign-ins in this file (readable by you only) instead of the system keychain.</source>
            <translation>Anmeldungen in dieser Datei (nur für Sie lesbar) statt im Schlüsselbund des Systems aufbewahren.</translation>
        </message>
        <message>
            <source>Offline demo: the sandbox person who signs in on the ISV side.</source>
            <translation>Offline-Vorführung: die Sandbox-Person, die sich auf der Seite des ISV anmeldet.</translation>
        </message>
        <message>
            <source>upn</source>
            <translation>upn</translation>
        </message>
        <message>
            <source>Offline demo: the sandbox person who signs in on the customer side.</source>
            <translation>Offline-Vorführung: die Sandbox-Person, die sich auf der Seite des Kunden anmeldet.</translation>
        </message>
        <message>
            <source>Use "cmkctl handoff import FILE".</source>
            <translation>Verwenden Sie „cmkctl handoff import DATEI“.</translation>
        </message>
        <message>
            <source>Use "cmkctl track resume --run-file FILE".</source>
            <translation>Verwenden Sie „cmkctl track resume --run-file DATEI“.</translation>
        </message>
        <message>
            <source>Use "cmkctl track %1 TRACK --input FILE"; "cmkctl track list" names the tracks.</source>
            <translation>Verwenden Sie „cmkctl track %1 ABLAUF --input DATEI“; „cmkctl track list“ nennt die Abläufe.</translation>
        </message>
        <message>
            <source>Unknown track command %1; use list, plan, run or resume.</source>
            <translation>Unbekannter track-Befehl %1; verwenden Sie list, plan, run oder resume.</translation>
        </message>
        <message>
            <source>--export belongs to "track plan".</source>
            <translation>--export gehört zu „track plan“.</translation>
        </message>
        <message>
            <source>track plan/run/resume: the other tenant's hand-off file.</source>
            <translation>track plan/run/resume: die Übergabedatei des anderen Mandanten.</translation>
        </message>
        <message>
            <source>demo --sandbox: also walk the managed-disks onboarding between its two tenants.</source>
            <translation>demo --sandbox: außerdem das Onboarding für verwaltete Datenträger zwischen seinen beiden Mandanten durchlaufen.</translation>
        </message>
        <message>
            <source>--walk needs --sandbox: it walks the tracks between the sandbox's two tenants.</source>
            <translation>--walk braucht --sandbox: es durchläuft die Abläufe zwischen den beiden Mandanten der Sandbox.</translation>
        </message>
        <message>
            <source>1/3 The ISV's onboarding engineer prepares the managed-disks onboarding (ISV tenant)</source>
            <translation>1/3 Der Onboarding-Ingenieur des ISV bereitet das Onboarding für verwaltete Datenträger vor (ISV-Mandant)</translation>
        </message>
        <message>
            <source>2/3 The customer's key vault administrator grants access to a key (customer tenant)</source>
            <translation>2/3 Der Schlüsseltresor-Administrator des Kunden gewährt Zugriff auf einen Schlüssel (Kundenmandant)</translation>
        </message>
        <message>
            <source>3/3 The ISV's engineer finishes with the customer's hand-off (ISV tenant)</source>
            <translation>3/3 Der Ingenieur des ISV schließt mit der Übergabe des Kunden ab (ISV-Mandant)</translation>
        </message>
        <message>
            <source>the walked demo stopped (exit code %1).</source>
            <translation>die durchlaufene Vorführung hat angehalten (Exitcode %1).</translation>
        </message>
        <message>
            <source>Done: the ISV's disk encryption set uses Contoso's key, through the ISV's application and its federated credential. The same tracks run against Azure with --cloud or --profile.</source>
            <translation>Fertig: der Datenträgerverschlüsselungssatz des ISV verwendet den Schlüssel von Contoso, über die Anwendung des ISV und ihre Verbundanmeldeinformationen. Dieselben Abläufe laufen mit --cloud oder --profile gegen Azure.</translation>
        </message>
        <message>
            <source>The typed confirmation for steps that cannot be undone (unlink, revoke, delete): the name the plan asks for.</source>
            <translation>Die eingegebene Bestätigung für Schritte, die nicht rückgängig gemacht werden können (Verknüpfung aufheben, Zugriff entziehen, löschen): der Name, den der Plan verlangt.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Why one person holds both the key vault and the Power Platform administrator duties; recorded with the run.</source>
            <translation>Warum eine Person sowohl die Aufgaben des Schlüsseltresor- als auch des Power Platform-Administrators innehat; wird mit dem Lauf aufgezeichnet.</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>When one person holds both duties: warn (go on with --justification) or refuse.</source>
            <translation>Wenn eine Person beide Aufgaben innehat: warn (mit --justification fortfahren) oder refuse.</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>Vorgabe</translation>
        </message>
        <message>
            <source>--separation takes warn or refuse, not %1.</source>
            <translation>--separation akzeptiert warn oder refuse, nicht %1.</translation>
        </message>
        <message>
            <source>--output must be table, json or csv, not %1.</source>
            <translation>--output muss table, json oder csv sein, nicht %1.</translation>
        </message>
        <message>
            <source>"status" takes no further arguments; remove %1.</source>
            <translation>„status“ nimmt keine weiteren Argumente; entfernen Sie %1.</translation>
        </message>
        <message>
            <source>Headless CMK Wizard: the same tracks, status and evidence as the wizard, for scripts and terminals.

Commands:
  demo                 what the wizard's start page offers, as text
  cloud list           the built-in clouds and their endpoints
  track list           the tracks this version offers
  track plan TRACK     the calls a track would make (--export az|ps|arm)
  track run TRACK      run a track with the inputs of --input
  track resume         continue the run in --run-file (--handoff FILE)
  auth login           sign in and keep the account (--device-code, --tenant T, --as UPN)
  auth logout [UPN]    remove signed-in accounts from the credential store
  auth status          who is signed in (no secrets; --output json)
  status               the customer tenant's environments (--output table|json|csv, --watch)
  lock | unlock        track run pp-lock | pp-unlock (--policy ID, --method M, --confirm NAME)
  handoff import FILE  check a hand-off file and show what it carries
  handoff export       the hand-off of --run-file FILE (--out FILE)
  sandbox              run the offline sandbox and print its cloud profile until Ctrl-C
  completion bash      the bash completion script (source &lt;(cmkctl completion bash))
  batch FILE           one run per row of a CSV or JSON file (--batch-dir DIR), resumable
  journal export       the request journal (--run-file FILE, --since TIME) as json or csv
  evidence export      audit evidence of --run-file FILE or --status as json or html

Examples:
  cmkctl demo --sandbox --walk
  cmkctl sandbox --out profile.json &amp;
  cmkctl --profile profile.json auth login --as kai@contoso.onmicrosoft.com
  cmkctl --profile profile.json status --watch --interval 30 --output json
  cmkctl batch customers.csv --batch-dir runs --yes
  cmkctl lock --policy ID --method disable-key --confirm contoso-cmk-policy
  cmkctl track plan isv-netapp --input inputs.json --export az
  cmkctl --sandbox track run isv-managed-disks --input inputs.json --yes
  cmkctl track resume --run-file run.json --handoff from-customer.json
  cmkctl evidence export --run-file run.json --format html --out evidence.html</source>
            <translation>CMK Wizard ohne Oberfläche: dieselben Abläufe, derselbe Status und dieselben Nachweise wie im Assistenten, für Skripte und Terminals.

Befehle:
  demo                 was die Startseite des Assistenten anbietet, als Text
  cloud list           die eingebauten Clouds und ihre Endpunkte
  track list           die Abläufe dieser Version
  track plan ABLAUF    die Aufrufe, die ein Ablauf machen würde (--export az|ps|arm)
  track run ABLAUF     einen Ablauf mit den Eingaben aus --input ausführen
  track resume         den Lauf in --run-file fortsetzen (--handoff DATEI)
  auth login           anmelden und das Konto behalten (--device-code, --tenant T, --as UPN)
  auth logout [UPN]    angemeldete Konten aus dem Anmeldespeicher entfernen
  auth status          wer angemeldet ist (keine Geheimnisse; --output json)
  status               die Umgebungen des Kundenmandanten (--output table|json|csv, --watch)
  lock | unlock        track run pp-lock | pp-unlock (--policy ID, --method M, --confirm NAME)
  handoff import DATEI eine Übergabedatei prüfen und zeigen, was sie enthält
  handoff export       die Übergabe von --run-file DATEI (--out DATEI)
  sandbox              die Offline-Sandbox ausführen und ihr Cloud-Profil ausgeben, bis Strg-C
  completion bash      das Bash-Vervollständigungsskript (source &lt;(cmkctl completion bash))
  batch DATEI          ein Lauf pro Zeile einer CSV- oder JSON-Datei (--batch-dir VERZ), fortsetzbar
  journal export       das Anfrageprotokoll (--run-file DATEI, --since ZEIT) als json oder csv
  evidence export      Prüfnachweis von --run-file DATEI oder --status als json oder html

Beispiele:
  cmkctl demo --sandbox --walk
  cmkctl sandbox --out profile.json &amp;
  cmkctl --profile profile.json auth login --as kai@contoso.onmicrosoft.com
  cmkctl --profile profile.json status --watch --interval 30 --output json
  cmkctl batch customers.csv --batch-dir runs --yes
  cmkctl lock --policy ID --method disable-key --confirm contoso-cmk-policy
  cmkctl track plan isv-netapp --input inputs.json --export az
  cmkctl --sandbox track run isv-managed-disks --input inputs.json --yes
  cmkctl track resume --run-file run.json --handoff from-customer.json
  cmkctl evidence export --run-file run.json --format html --out evidence.html</translation>
        </message>
        <message>
            <source>No ANSI colour (also when NO_COLOR is set).</source>
            <translation>Keine ANSI-Farben (auch wenn NO_COLOR gesetzt ist).</translation>
        </message>
        <message>
            <source>auth login: sign in with a code on another device (no browser).</source>
            <translation>auth login: mit einem Code auf einem anderen Gerät anmelden (kein Browser).</translation>
        </message>
        <message>
            <source>auth login: the tenant (ID or domain) to sign in to.</source>
            <translation>auth login: der Mandant (ID oder Domäne) für die Anmeldung.</translation>
        </message>
        <message>
            <source>tenant</source>
            <translation>mandant</translation>
        </message>
        <message>
            <source>auth login against a cmk-sandbox profile: the demo person who approves.</source>
            <translation>auth login gegen ein cmk-sandbox-Profil: die Demo-Person, die freigibt.</translation>
        </message>
        <message>
            <source>status: read and print again every --interval seconds until Ctrl-C.</source>
            <translation>status: alle --interval Sekunden erneut lesen und ausgeben, bis Strg-C.</translation>
        </message>
        <message>
            <source>status --watch: seconds between two reports (default 60).</source>
            <translation>status --watch: Sekunden zwischen zwei Berichten (Standard 60).</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>sekunden</translation>
        </message>
        <message>
            <source>status --watch: stop after this many reports.</source>
            <translation>status --watch: nach so vielen Berichten aufhören.</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>lock/unlock: the enterprise policy's resource ID.</source>
            <translation>lock/unlock: die Ressourcen-ID der Unternehmensrichtlinie.</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>lock: how to revoke the key access: %1.</source>
            <translation>lock: wie der Schlüsselzugriff entzogen wird: %1.</translation>
        </message>
        <message>
            <source>method</source>
            <translation>methode</translation>
        </message>
        <message>
            <source>unlock: the key vault's region (when the vault was deleted).</source>
            <translation>unlock: die Region des Schlüsseltresors (wenn der Tresor gelöscht wurde).</translation>
        </message>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>batch: where each row's run file is kept (default: FILE's name + -runs).</source>
            <translation>batch: wo die Laufdatei jeder Zeile liegt (Standard: Name der DATEI + -runs).</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>verz</translation>
        </message>
        <message>
            <source>unlock: where to save the support request text.</source>
            <translation>unlock: wo der Text der Supportanfrage gespeichert wird.</translation>
        </message>
        <message>
            <source>sandbox: the seed data (%1).</source>
            <translation>sandbox: die Ausgangsdaten (%1).</translation>
        </message>
        <message>
            <source>demo, cloud, track, auth, status, lock, unlock, handoff, sandbox, batch, journal or evidence</source>
            <translation>demo, cloud, track, auth, status, lock, unlock, handoff, sandbox, batch, journal oder evidence</translation>
        </message>
        <message>
            <source>list, plan, run, resume, login, logout, import, export…</source>
            <translation>list, plan, run, resume, login, logout, import, export…</translation>
        </message>
        <message>
            <source>Use "cmkctl completion bash"; for example: source &lt;(cmkctl completion bash).</source>
            <translation>Verwenden Sie „cmkctl completion bash“; zum Beispiel: source &lt;(cmkctl completion bash).</translation>
        </message>
        <message>
            <source>No command given; "cmkctl --help" lists the commands.</source>
            <translation>Kein Befehl angegeben; „cmkctl --help“ listet die Befehle.</translation>
        </message>
        <message>
            <source>Unknown command %1; "cmkctl --help" lists the commands.</source>
            <translation>Unbekannter Befehl %1; „cmkctl --help“ listet die Befehle.</translation>
        </message>
        <message>
            <source>--interval and --count belong to "status --watch".</source>
            <translation>--interval und --count gehören zu „status --watch“.</translation>
        </message>
        <message>
            <source>--interval takes a number of seconds from 1 to 86400, not %1.</source>
            <translation>--interval erwartet eine Sekundenzahl von 1 bis 86400, nicht %1.</translation>
        </message>
        <message>
            <source>--count takes a number of reports from 1 up, not %1.</source>
            <translation>--count erwartet eine Anzahl Berichte ab 1, nicht %1.</translation>
        </message>
        <message>
            <source>Use "cmkctl batch FILE": a CSV or JSON file, one customer per row.</source>
            <translation>Verwenden Sie „cmkctl batch DATEI“: eine CSV- oder JSON-Datei, ein Kunde pro Zeile.</translation>
        </message>
        <message>
            <source>"batch" takes one file; remove %1.</source>
            <translation>„batch“ nimmt eine Datei; entfernen Sie %1.</translation>
        </message>
        <message>
            <source>--input and --run-file do not go with "batch": each row holds its inputs, and its run file is kept in --batch-dir.</source>
            <translation>--input und --run-file passen nicht zu „batch“: Jede Zeile enthält ihre Eingaben, und ihre Laufdatei liegt in --batch-dir.</translation>
        </message>
        <message>
            <source>Use "cmkctl auth login", "auth logout" or "auth status".</source>
            <translation>Verwenden Sie „cmkctl auth login“, „auth logout“ oder „auth status“.</translation>
        </message>
        <message>
            <source>Unknown auth command %1; use login, logout or status.</source>
            <translation>Unbekannter auth-Befehl %1; verwenden Sie login, logout oder status.</translation>
        </message>
        <message>
            <source>"auth %1" takes no further arguments; remove %2.</source>
            <translation>„auth %1“ nimmt keine weiteren Argumente; entfernen Sie %2.</translation>
        </message>
        <message>
            <source>"auth" keeps accounts across commands, but --sandbox ends with each command; start "cmkctl sandbox --out profile.json" and use --profile profile.json.</source>
            <translation>„auth“ behält Konten über Befehle hinweg, aber --sandbox endet mit jedem Befehl; starten Sie „cmkctl sandbox --out profile.json“ und verwenden Sie --profile profile.json.</translation>
        </message>
        <message>
            <source>--device-code, --tenant and --as belong to "auth login".</source>
            <translation>--device-code, --tenant und --as gehören zu „auth login“.</translation>
        </message>
        <message>
            <source>--as approves the sign-in in a sandbox; it needs --profile with a cmk-sandbox profile (on 127.0.0.1).</source>
            <translation>--as gibt die Anmeldung in einer Sandbox frei; es braucht --profile mit einem cmk-sandbox-Profil (auf 127.0.0.1).</translation>
        </message>
        <message>
            <source>"sandbox" takes no further arguments; remove %1.</source>
            <translation>„sandbox“ nimmt keine weiteren Argumente; entfernen Sie %1.</translation>
        </message>
        <message>
            <source>--scenario takes one of %1, not %2.</source>
            <translation>--scenario erwartet eines von %1, nicht %2.</translation>
        </message>
        <message>
            <source>The profile cannot be written to %1: %2</source>
            <translation>Das Profil kann nicht nach %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The sandbox runs on 127.0.0.1 until Ctrl-C; point cmkctl at it with --profile FILE (the line above). People (sign in with auth login --as UPN):</source>
            <translation>Die Sandbox läuft auf 127.0.0.1 bis Strg-C; verweisen Sie cmkctl mit --profile DATEI darauf (die Zeile oben). Personen (Anmeldung mit auth login --as UPN):</translation>
        </message>
        <message>
            <source>Use "cmkctl handoff export --run-file FILE [--out FILE]".</source>
            <translation>Verwenden Sie „cmkctl handoff export --run-file DATEI [--out DATEI]“.</translation>
        </message>
        <message>
            <source>Use "cmkctl handoff import FILE" or "cmkctl handoff export --run-file FILE".</source>
            <translation>Verwenden Sie „cmkctl handoff import DATEI“ oder „cmkctl handoff export --run-file DATEI“.</translation>
        </message>
        <message>
            <source>"%1" takes its inputs as options; remove %2.</source>
            <translation>„%1“ nimmt seine Eingaben als Optionen; entfernen Sie %2.</translation>
        </message>
        <message>
            <source>--region and --support-out belong to "unlock".</source>
            <translation>--region und --support-out gehören zu „unlock“.</translation>
        </message>
        <message>
            <source>--method takes one of %1, not %2.</source>
            <translation>--method erwartet eines von %1, nicht %2.</translation>
        </message>
        <message>
            <source>--method belongs to "lock"; unlock restores whatever the lock removed.</source>
            <translation>--method gehört zu „lock“; unlock stellt wieder her, was die Sperre entfernt hat.</translation>
        </message>
        <message>
            <source>"lock" takes environments offline: give --confirm with the enterprise policy's name, as the plan shows it (cmkctl track plan pp-lock).</source>
            <translation>„lock“ nimmt Umgebungen vom Netz: Geben Sie --confirm mit dem Namen der Unternehmensrichtlinie an, wie der Plan ihn zeigt (cmkctl track plan pp-lock).</translation>
        </message>
    </context>
    <context>
        <name>cmk::ctl::EvidenceCommand</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>evidence export: json (default) or html.</source>
            <translation>evidence export: json (Standard) oder html.</translation>
        </message>
        <message>
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>journal/evidence export: write to this file (atomically) instead of stdout.</source>
            <translation>journal/evidence export: in diese Datei (atomar) statt nach stdout schreiben.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>journal export: only entries from this time on (ISO 8601, e.g. 2026-11-23T15:00:00Z).</source>
            <translation>journal export: nur Einträge ab diesem Zeitpunkt (ISO 8601, z. B. 2026-11-23T15:00:00Z).</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>evidence export: of the tenant's status now (signs in with read rights).</source>
            <translation>evidence export: zum aktuellen Status des Mandanten (meldet sich mit Leserechten an).</translation>
        </message>
        <message>
            <source>Run "cmkctl --help" for the commands and options.</source>
            <translation>„cmkctl --help“ zeigt die Befehle und Optionen.</translation>
        </message>
        <message>
            <source>Use "cmkctl journal export [--run-file FILE] [--since TIME] [--output json|csv] [--out FILE]".</source>
            <translation>Verwenden Sie „cmkctl journal export [--run-file DATEI] [--since ZEIT] [--output json|csv] [--out DATEI]“.</translation>
        </message>
        <message>
            <source>Use "cmkctl evidence export (--run-file FILE | --status) [--format json|html] [--out FILE]".</source>
            <translation>Verwenden Sie „cmkctl evidence export (--run-file DATEI | --status) [--format json|html] [--out DATEI]“.</translation>
        </message>
        <message>
            <source>--out names the directory %1; give a file name.</source>
            <translation>--out nennt das Verzeichnis %1; geben Sie einen Dateinamen an.</translation>
        </message>
        <message>
            <source>--out %1: the directory %2 does not exist.</source>
            <translation>--out %1: das Verzeichnis %2 existiert nicht.</translation>
        </message>
        <message>
            <source>--format belongs to "evidence export"; the journal takes --output json|csv.</source>
            <translation>--format gehört zu „evidence export“; für das Protokoll gilt --output json|csv.</translation>
        </message>
        <message>
            <source>--status belongs to "evidence export".</source>
            <translation>--status gehört zu „evidence export“.</translation>
        </message>
        <message>
            <source>--since belongs to "journal export".</source>
            <translation>--since gehört zu „journal export“.</translation>
        </message>
        <message>
            <source>"evidence export" takes --format json|html, not --output.</source>
            <translation>„evidence export“ erwartet --format json|html, nicht --output.</translation>
        </message>
        <message>
            <source>"journal export" takes --output json or csv, not %1.</source>
            <translation>„journal export“ erwartet --output json oder csv, nicht %1.</translation>
        </message>
        <message>
            <source>--since takes a time in ISO 8601 (2026-11-23T15:00:00Z), not %1.</source>
            <translation>--since erwartet eine Zeit in ISO 8601 (2026-11-23T15:00:00Z), nicht %1.</translation>
        </message>
        <message>
            <source>The journal holds no matching entry.</source>
            <translation>Das Protokoll enthält keinen passenden Eintrag.</translation>
        </message>
        <message>
            <source>Give either --run-file FILE or --status, not both.</source>
            <translation>Geben Sie entweder --run-file DATEI oder --status an, nicht beides.</translation>
        </message>
        <message>
            <source>"evidence export" needs --run-file FILE (a run) or --status (the tenant now).</source>
            <translation>„evidence export“ braucht --run-file DATEI (einen Lauf) oder --status (den aktuellen Stand des Mandanten).</translation>
        </message>
        <message>
            <source>--format takes json or html, not %1.</source>
            <translation>--format erwartet json oder html, nicht %1.</translation>
        </message>
        <message>
            <source>Nothing was written: the export still holds what looks like a secret (%1).</source>
            <translation>Es wurde nichts geschrieben: Der Export enthält noch etwas, das wie ein Geheimnis aussieht (%1).</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>Nach %1 geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>cmk::ctl::TrackCommand</name>
        <message>
            <source>The input file %1 cannot be read: %2</source>
            <translation>Die Eingabedatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The input file %1 is not a JSON object (%2). Write {"values": {"region": "westeurope", ...}}.</source>
            <translation>Die Eingabedatei %1 ist kein JSON-Objekt (%2). Schreiben Sie {"values": {"region": "westeurope", ...}}.</translation>
        </message>
        <message>
            <source>The input "%1" in %2 is not text; write every value in quotes.</source>
            <translation>Die Eingabe „%1“ in %2 ist kein Text; schreiben Sie jeden Wert in Anführungszeichen.</translation>
        </message>
        <message>
            <source>There is no track "%1"; "cmkctl track list" shows them.</source>
            <translation>Es gibt keinen Ablauf „%1“; „cmkctl track list“ zeigt die Abläufe.</translation>
        </message>
        <message>
            <source>--export takes az, ps or arm, not "%1".</source>
            <translation>--export nimmt az, ps oder arm, nicht „%1“.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Step %1: %2 (%3)</source>
            <translation>Schritt %1: %2 (%3)</translation>
        </message>
        <message>
            <source>Sign in for the %1:</source>
            <translation>Anmeldung – %1:</translation>
        </message>
        <message>
            <source>(sandbox: signing in as %1)</source>
            <translation>(Sandbox: Anmeldung als %1)</translation>
        </message>
        <message>
            <source>The sign-in gave no account.</source>
            <translation>Die Anmeldung hat kein Konto geliefert.</translation>
        </message>
        <message>
            <source>%1 signed in to tenant %2, but the %3 is %4; sign in with an account of that tenant.</source>
            <translation>%1 hat sich bei Mandant %2 angemeldet, aber der %3 ist %4; melden Sie sich mit einem Konto dieses Mandanten an.</translation>
        </message>
        <message>
            <source>Signed in to the %1 as %2.</source>
            <translation>Angemeldet als %2 (%1).</translation>
        </message>
        <message>
            <source>Run file: %1</source>
            <translation>Ablaufdatei: %1</translation>
        </message>
        <message>
            <source>already done, nothing changed</source>
            <translation>bereits erledigt, nichts geändert</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>Before anything changes, these need fixing:</source>
            <translation>Bevor etwas geändert wird, muss Folgendes behoben werden:</translation>
        </message>
        <message>
            <source>Not approved: run with --yes to approve plans without a terminal.</source>
            <translation>Nicht bestätigt: führen Sie den Befehl mit --yes aus, um Pläne ohne Terminal zu bestätigen.</translation>
        </message>
        <message>
            <source>Apply these changes? [y/N] </source>
            <translation>Diese Änderungen anwenden? [y/N] </translation>
        </message>
        <message>
            <source>%1: every step is done.</source>
            <translation>%1: alle Schritte sind erledigt.</translation>
        </message>
        <message>
            <source>When their file arrives: cmkctl track resume --run-file %1 --handoff FILE</source>
            <translation>Sobald die Datei der Gegenseite eintrifft: cmkctl track resume --run-file %1 --handoff DATEI</translation>
        </message>
        <message>
            <source>Continue later with: cmkctl track resume --run-file %1</source>
            <translation>Später fortsetzen mit: cmkctl track resume --run-file %1</translation>
        </message>
        <message>
            <source>The hand-off file %1 cannot be read: %2</source>
            <translation>Die Übergabedatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Hand-off %1 from %2, %3</source>
            <translation>Übergabe %1 von %2, %3</translation>
        </message>
        <message>
            <source>Every step of this run is done; checking that everything is still in place.</source>
            <translation>Jeder Schritt dieses Ablaufs ist erledigt; es wird geprüft, ob noch alles vorhanden ist.</translation>
        </message>
        <message>
            <source>Type %1 to confirm: </source>
            <translation>Geben Sie zur Bestätigung %1 ein: </translation>
        </message>
        <message>
            <source>Separation of duties: %1</source>
            <translation>Aufgabentrennung: %1</translation>
        </message>
        <message>
            <source>To go on, give --justification TEXT (it is recorded with the run), or let another person run this track.</source>
            <translation>Um fortzufahren, geben Sie --justification TEXT an (die Begründung wird mit dem Lauf gespeichert), oder lassen Sie eine andere Person diesen Ablauf ausführen.</translation>
        </message>
        <message>
            <source>%1 environments listed, %2 complete</source>
            <translation>%1 Umgebungen aufgelistet, %2 vollständig</translation>
        </message>
        <message>
            <source>policy %1</source>
            <translation>Richtlinie %1</translation>
        </message>
        <message>
            <source>locked: %1</source>
            <translation>gesperrt: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before deletion</source>
            <translation>
                <numerusform>%n Tag bis zur Löschung</numerusform>
                <numerusform>%n Tage bis zur Löschung</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Status at %1 (every %n second(s); Ctrl-C ends)</source>
            <translation>
                <numerusform>Status um %1 (jede Sekunde; Strg-C beendet)</numerusform>
                <numerusform>Status um %1 (alle %n Sekunden; Strg-C beendet)</numerusform>
            </translation>
        </message>
        <message>
            <source>The run in %1 (track %2) has no hand-off step; only runs that hand over to another tenant or person write one.</source>
            <translation>Der Lauf in %1 (Ablauf %2) hat keinen Übergabeschritt; nur Läufe, die an einen anderen Mandanten oder eine andere Person übergeben, schreiben eine.</translation>
        </message>
        <message>
            <source>The run in %1 has not reached its hand-off step yet; continue it with "cmkctl track resume --run-file %1".</source>
            <translation>Der Lauf in %1 hat seinen Übergabeschritt noch nicht erreicht; setzen Sie ihn mit „cmkctl track resume --run-file %1“ fort.</translation>
        </message>
        <message>
            <source>--out %1: %2</source>
            <translation>--out %1: %2</translation>
        </message>
        <message>
            <source>The hand-off file the run wrote, %1, is gone or no longer valid; "cmkctl track resume --run-file %2" writes it again.</source>
            <translation>Die vom Lauf geschriebene Übergabedatei %1 fehlt oder ist nicht mehr gültig; „cmkctl track resume --run-file %2“ schreibt sie erneut.</translation>
        </message>
        <message>
            <source>Hand-off %1 written to %2; send it to the other side.</source>
            <translation>Übergabe %1 nach %2 geschrieben; senden Sie sie an die andere Seite.</translation>
        </message>
    </context>
    <context>
        <name>cmk::evidence::EvidenceReport</name>
        <message>
            <source>%1 at %2</source>
            <translation>%1 für %2</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>angewendet</translation>
        </message>
        <message>
            <source>already done, nothing written</source>
            <translation>bereits erledigt, nichts geschrieben</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>nicht ausgeführt</translation>
        </message>
        <message>
            <source>Every step is done and verified.</source>
            <translation>Jeder Schritt ist erledigt und geprüft.</translation>
        </message>
        <message>
            <source>The run stopped at a failed step; it can be resumed.</source>
            <translation>Der Lauf wurde bei einem fehlgeschlagenen Schritt angehalten; er kann fortgesetzt werden.</translation>
        </message>
        <message>
            <source>The run has not finished.</source>
            <translation>Der Lauf ist nicht abgeschlossen.</translation>
        </message>
        <message>
            <source>Status of tenant %1</source>
            <translation>Status des Mandanten %1</translation>
        </message>
        <message>
            <source>Every environment was listed and checked.</source>
            <translation>Jede Umgebung wurde aufgelistet und geprüft.</translation>
        </message>
        <message>
            <source>Not every environment could be checked; see the problems.</source>
            <translation>Nicht jede Umgebung konnte geprüft werden; siehe die Probleme.</translation>
        </message>
        <message>
            <source>en</source>
            <extracomment>The HTML document's language attribute: the translation's language code</extracomment>
            <translation>de</translation>
        </message>
        <message>
            <source>Audit evidence: %1</source>
            <translation>Audit-Nachweise: %1</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <source>Run id</source>
            <translation>Lauf-ID</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <source>Run started</source>
            <translation>Lauf gestartet</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Zuletzt gespeichert</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n done</source>
            <translation>
                <numerusform>%1 von %n erledigt</numerusform>
                <numerusform>%1 von %n erledigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Mandant</translation>
        </message>
        <message>
            <source>Read at</source>
            <translation>Gelesen am</translation>
        </message>
        <message>
            <source>Environments</source>
            <translation>Umgebungen</translation>
        </message>
        <message>
            <source>Calls recorded</source>
            <translation>Aufgezeichnete Aufrufe</translation>
        </message>
        <message>
            <source>Evidence generated</source>
            <translation>Nachweise erstellt</translation>
        </message>
        <message>
            <source>Generated by</source>
            <translation>Erstellt mit</translation>
        </message>
        <message>
            <source>People and roles</source>
            <translation>Personen und Rollen</translation>
        </message>
        <message>
            <source>No signed-in person is recorded.</source>
            <translation>Es ist keine angemeldete Person aufgezeichnet.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Object id</source>
            <translation>Objekt-ID</translation>
        </message>
        <message>
            <source>Roles held</source>
            <translation>Zugewiesene Rollen</translation>
        </message>
        <message>
            <source>Steps run</source>
            <translation>Ausgeführte Schritte</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Aufrufe</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht aufgezeichnet</translation>
        </message>
        <message>
            <source>read from Microsoft Graph and Azure before the run wrote anything</source>
            <translation>aus Microsoft Graph und Azure gelesen, bevor der Lauf etwas geschrieben hat</translation>
        </message>
        <message>
            <source>(unknown name)</source>
            <translation>(unbekannter Name)</translation>
        </message>
        <message>
            <source>Separation of duties</source>
            <translation>Aufgabentrennung</translation>
        </message>
        <message>
            <source>No identity held both the Power Platform administrator and the key vault administrator duties, or the track does not separate them: nothing had to be decided.</source>
            <translation>Keine Identität hatte sowohl die Aufgaben des Power Platform-Administrators als auch die des Schlüsseltresor-Administrators inne, oder der Ablauf trennt sie nicht: Es war nichts zu entscheiden.</translation>
        </message>
        <message>
            <source>Where judged</source>
            <translation>Geprüfter Bereich</translation>
        </message>
        <message>
            <source>Power Platform administrator through</source>
            <translation>Power Platform-Administrator über</translation>
        </message>
        <message>
            <source>Key vault administrator through</source>
            <translation>Schlüsseltresor-Administrator über</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Richtlinie</translation>
        </message>
        <message>
            <source>refuse: another person must do one part</source>
            <translation>refuse: Eine andere Person muss einen Teil übernehmen</translation>
        </message>
        <message>
            <source>warn: go on only with a written justification</source>
            <translation>warn: nur mit schriftlicher Begründung fortfahren</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>proceeded with a justification</source>
            <translation>mit Begründung fortgefahren</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>Decided at</source>
            <translation>Entschieden am</translation>
        </message>
        <message>
            <source>Justification, in the person's words:</source>
            <translation>Begründung, in den Worten der Person:</translation>
        </message>
        <message>
            <source>Typed confirmations</source>
            <translation>Eingegebene Bestätigungen</translation>
        </message>
        <message>
            <source>No irreversible step was confirmed in this run.</source>
            <translation>In diesem Lauf wurde kein unumkehrbarer Schritt bestätigt.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Name typed</source>
            <translation>Eingegebener Name</translation>
        </message>
        <message>
            <source>Confirmed at</source>
            <translation>Bestätigt am</translation>
        </message>
        <message>
            <source>Plan digest</source>
            <translation>Plan-Prüfsumme</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>läuft noch</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>The journal holds no call of this %1.</source>
            <translation>Das Protokoll enthält keinen Aufruf dieses Vorgangs (%1).</translation>
        </message>
        <message>
            <source>run</source>
            <translation>Lauf</translation>
        </message>
        <message>
            <source>status read</source>
            <translation>Statusabfrage</translation>
        </message>
        <message>
            <source>Every request as the journal recorded it; query values that could be secret are replaced by "redacted". Give the request and correlation ids to Microsoft support to trace a call.</source>
            <translation>Jede Anfrage, wie das Protokoll sie aufgezeichnet hat; Abfragewerte, die geheim sein könnten, sind durch „redacted“ ersetzt. Geben Sie dem Microsoft-Support die Anfrage- und Korrelations-IDs, um einen Aufruf nachzuverfolgen.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Request id</source>
            <translation>Anfrage-ID</translation>
        </message>
        <message>
            <source>Correlation id</source>
            <translation>Korrelations-ID</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Aufrufer</translation>
        </message>
        <message>
            <source>Final state</source>
            <translation>Endzustand</translation>
        </message>
        <message>
            <source>The run's values as last saved: the inputs and what each step created or found, verified by the step's own check.</source>
            <translation>Die Werte des Laufs wie zuletzt gespeichert: die Eingaben und was jeder Schritt erstellt oder vorgefunden hat, bestätigt durch die eigene Prüfung des Schritts.</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Sperre</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation>Nächste Aktion</translation>
        </message>
        <message>
            <source>locked: %1</source>
            <translation>gesperrt: %1</translation>
        </message>
        <message>
            <source>not locked</source>
            <translation>nicht gesperrt</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before deletion</source>
            <translation>
                <numerusform>%n Tag bis zur Löschung</numerusform>
                <numerusform>%n Tage bis zur Löschung</numerusform>
            </translation>
        </message>
        <message>
            <source>What could not be read</source>
            <translation>Was nicht gelesen werden konnte</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>The evidence was not written: it still holds what looks like a secret (%1).</source>
            <translation>Die Nachweise wurden nicht geschrieben: Sie enthalten noch etwas, das wie ein Geheimnis aussieht (%1).</translation>
        </message>
        <message>
            <source>The evidence could not be written to %1: %2</source>
            <translation>Die Nachweise konnten nicht nach %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The journal directory %1 does not exist.</source>
            <translation>Das Protokollverzeichnis %1 existiert nicht.</translation>
        </message>
        <message>
            <source>The journal file %1 cannot be read: %2</source>
            <translation>Die Protokolldatei %1 kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>cmk::http::OperationState</name>
        <message>
            <source>The saved operation is not a JSON object.</source>
            <translation>Der gespeicherte Vorgang ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>The saved operation has an unknown polling style "%1".</source>
            <translation>Der gespeicherte Vorgang hat eine unbekannte Abfrageart „%1“.</translation>
        </message>
        <message>
            <source>The saved operation names an unknown service "%1".</source>
            <translation>Der gespeicherte Vorgang nennt einen unbekannten Dienst „%1“.</translation>
        </message>
        <message>
            <source>The saved operation has no valid polling URL.</source>
            <translation>Der gespeicherte Vorgang hat keine gültige Abfrage-URL.</translation>
        </message>
        <message>
            <source>The saved operation has no valid start time.</source>
            <translation>Der gespeicherte Vorgang hat keine gültige Startzeit.</translation>
        </message>
    </context>
    <context>
        <name>cmk::http::ServiceError</name>
        <message>
            <source>cancelled by the user</source>
            <translation>vom Benutzer abgebrochen</translation>
        </message>
        <message numerus="yes">
            <source>the operation did not end within %n minute(s)</source>
            <translation>
                <numerusform>der Vorgang endete nicht innerhalb von %n Minute</numerusform>
                <numerusform>der Vorgang endete nicht innerhalb von %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no answer within %n second(s)</source>
            <translation>
                <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
                <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>no token</source>
            <translation>kein Token</translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>Die Anfrage wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The service did not answer in time.</source>
            <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>The connection was refused because the server's certificate is not trusted.</source>
            <translation>Die Verbindung wurde abgelehnt, weil dem Zertifikat des Servers nicht vertraut wird.</translation>
        </message>
        <message>
            <source>The service could not be reached (%1).</source>
            <translation>Der Dienst war nicht erreichbar (%1).</translation>
        </message>
        <message>
            <source>The service answered with something that is not the expected JSON.</source>
            <translation>Der Dienst hat nicht mit dem erwarteten JSON geantwortet.</translation>
        </message>
        <message>
            <source>Your account does not exist in this tenant.</source>
            <translation>Ihr Konto existiert in diesem Mandanten nicht.</translation>
        </message>
        <message>
            <source>Your sign-in has expired.</source>
            <translation>Ihre Anmeldung ist abgelaufen.</translation>
        </message>
        <message>
            <source>The application has not been granted consent in this tenant.</source>
            <translation>Der Anwendung wurde in diesem Mandanten keine Einwilligung erteilt.</translation>
        </message>
        <message>
            <source>This tenant asks you to sign in again interactively (for example for multi-factor authentication).</source>
            <translation>Dieser Mandant verlangt eine erneute interaktive Anmeldung (zum Beispiel für die mehrstufige Authentifizierung).</translation>
        </message>
        <message>
            <source>The tenant does not exist in this cloud.</source>
            <translation>Der Mandant existiert in dieser Cloud nicht.</translation>
        </message>
        <message>
            <source>The federated credential's issuer does not match the tenant of the managed identity.</source>
            <translation>Der Aussteller der Verbundanmeldeinformation passt nicht zum Mandanten der verwalteten Identität.</translation>
        </message>
        <message>
            <source>The federated credential's subject does not match the managed identity's principal ID.</source>
            <translation>Der Antragsteller der Verbundanmeldeinformation passt nicht zur Prinzipal-ID der verwalteten Identität.</translation>
        </message>
        <message>
            <source>The federated credential's audience is not the one this cloud expects.</source>
            <translation>Die Zielgruppe der Verbundanmeldeinformation ist nicht die, die diese Cloud erwartet.</translation>
        </message>
        <message>
            <source>The application has no federated credential for the managed identity.</source>
            <translation>Die Anwendung hat keine Verbundanmeldeinformation für die verwaltete Identität.</translation>
        </message>
        <message>
            <source>The application is not known in this tenant.</source>
            <translation>Die Anwendung ist in diesem Mandanten nicht bekannt.</translation>
        </message>
        <message>
            <source>The ISV's application is not installed in the key's tenant.</source>
            <translation>Die Anwendung des ISV ist im Mandanten des Schlüssels nicht installiert.</translation>
        </message>
        <message>
            <source>The sign-in redirect address is not registered for the application.</source>
            <translation>Die Umleitungsadresse der Anmeldung ist für die Anwendung nicht registriert.</translation>
        </message>
        <message>
            <source>The requested service is not known in this tenant.</source>
            <translation>Der angeforderte Dienst ist in diesem Mandanten nicht bekannt.</translation>
        </message>
        <message>
            <source>The sign-in was cancelled or declined.</source>
            <translation>Die Anmeldung wurde abgebrochen oder abgelehnt.</translation>
        </message>
        <message>
            <source>The sign-in could not be completed.</source>
            <translation>Die Anmeldung konnte nicht abgeschlossen werden.</translation>
        </message>
        <message>
            <source>The sign-in on the other device was declined.</source>
            <translation>Die Anmeldung auf dem anderen Gerät wurde abgelehnt.</translation>
        </message>
        <message>
            <source>The device code expired before the sign-in was completed.</source>
            <translation>Der Gerätecode ist abgelaufen, bevor die Anmeldung abgeschlossen wurde.</translation>
        </message>
        <message>
            <source>You do not have permission for this action on this resource.</source>
            <translation>Sie haben keine Berechtigung für diese Aktion auf dieser Ressource.</translation>
        </message>
        <message>
            <source>You may change this resource, but not use a resource it links to.</source>
            <translation>Sie dürfen diese Ressource ändern, aber keine Ressource verwenden, auf die sie verweist.</translation>
        </message>
        <message>
            <source>You are signed in to a different tenant than the one that owns this subscription.</source>
            <translation>Sie sind bei einem anderen Mandanten angemeldet als dem, dem dieses Abonnement gehört.</translation>
        </message>
        <message>
            <source>Your access token has expired.</source>
            <translation>Ihr Zugriffstoken ist abgelaufen.</translation>
        </message>
        <message>
            <source>The service did not accept your sign-in.</source>
            <translation>Der Dienst hat Ihre Anmeldung nicht akzeptiert.</translation>
        </message>
        <message>
            <source>The subscription is not registered for this resource provider.</source>
            <translation>Das Abonnement ist für diesen Ressourcenanbieter nicht registriert.</translation>
        </message>
        <message>
            <source>This cloud does not offer the API version CMK Wizard uses for this resource.</source>
            <translation>Diese Cloud bietet die API-Version nicht an, die CMK Wizard für diese Ressource verwendet.</translation>
        </message>
        <message>
            <source>The resource group does not exist in this subscription.</source>
            <translation>Die Ressourcengruppe existiert in diesem Abonnement nicht.</translation>
        </message>
        <message>
            <source>The subscription does not exist or you cannot see it.</source>
            <translation>Das Abonnement existiert nicht, oder Sie können es nicht sehen.</translation>
        </message>
        <message>
            <source>The resource does not exist (yet).</source>
            <translation>Die Ressource existiert (noch) nicht.</translation>
        </message>
        <message>
            <source>The directory does not know this identity yet.</source>
            <translation>Das Verzeichnis kennt diese Identität noch nicht.</translation>
        </message>
        <message>
            <source>This role is already assigned.</source>
            <translation>Diese Rolle ist bereits zugewiesen.</translation>
        </message>
        <message>
            <source>Another operation on this resource is still running.</source>
            <translation>Ein anderer Vorgang auf dieser Ressource läuft noch.</translation>
        </message>
        <message>
            <source>An Azure Policy assignment of your organization forbids this change.</source>
            <translation>Eine Azure Policy-Zuweisung Ihrer Organisation verbietet diese Änderung.</translation>
        </message>
        <message>
            <source>Another key vault already uses this name; vault names are unique across Azure.</source>
            <translation>Ein anderer Schlüsseltresor verwendet diesen Namen bereits; Tresornamen sind in ganz Azure eindeutig.</translation>
        </message>
        <message>
            <source>The resource cannot be created in this location.</source>
            <translation>Die Ressource kann an diesem Standort nicht erstellt werden.</translation>
        </message>
        <message>
            <source>The chosen subnet is delegated to Azure NetApp Files and cannot hold the private endpoint.</source>
            <translation>Das gewählte Subnetz ist an Azure NetApp Files delegiert und kann den privaten Endpunkt nicht aufnehmen.</translation>
        </message>
        <message>
            <source>The private endpoint to the customer's key vault is not approved yet.</source>
            <translation>Der private Endpunkt zum Schlüsseltresor des Kunden ist noch nicht genehmigt.</translation>
        </message>
        <message>
            <source>The service's identity may not use the key.</source>
            <translation>Die Identität des Dienstes darf den Schlüssel nicht verwenden.</translation>
        </message>
        <message>
            <source>The service could not get a token for the key vault in the other tenant.</source>
            <translation>Der Dienst konnte kein Token für den Schlüsseltresor im anderen Mandanten erhalten.</translation>
        </message>
        <message>
            <source>The subscription is not enabled for this feature.</source>
            <translation>Das Abonnement ist für dieses Feature nicht freigeschaltet.</translation>
        </message>
        <message>
            <source>Your role assignments do not allow this on the key vault.</source>
            <translation>Ihre Rollenzuweisungen erlauben dies auf dem Schlüsseltresor nicht.</translation>
        </message>
        <message>
            <source>The key vault's access policies do not allow this for you.</source>
            <translation>Die Zugriffsrichtlinien des Schlüsseltresors erlauben Ihnen dies nicht.</translation>
        </message>
        <message>
            <source>The key vault's network rules block this connection.</source>
            <translation>Die Netzwerkregeln des Schlüsseltresors blockieren diese Verbindung.</translation>
        </message>
        <message>
            <source>Your directory role does not allow this.</source>
            <translation>Ihre Verzeichnisrolle erlaubt dies nicht.</translation>
        </message>
        <message>
            <source>An object with the same key already exists in the directory.</source>
            <translation>Ein Objekt mit demselben Schlüssel existiert bereits im Verzeichnis.</translation>
        </message>
        <message>
            <source>You do not have Reader access to the enterprise policy.</source>
            <translation>Sie haben keinen Lesezugriff (Reader) auf die Unternehmensrichtlinie.</translation>
        </message>
        <message>
            <source>This environment cannot use a customer-managed key.</source>
            <translation>Diese Umgebung kann keinen kundenseitig verwalteten Schlüssel verwenden.</translation>
        </message>
        <message>
            <source>You are not a Power Platform administrator in this tenant.</source>
            <translation>Sie sind in diesem Mandanten kein Power Platform-Administrator.</translation>
        </message>
        <message>
            <source>The service is throttling requests.</source>
            <translation>Der Dienst drosselt Anfragen.</translation>
        </message>
        <message>
            <source>The service had a temporary problem.</source>
            <translation>Der Dienst hatte ein vorübergehendes Problem.</translation>
        </message>
        <message>
            <source>The service refused the request.</source>
            <translation>Der Dienst hat die Anfrage abgelehnt.</translation>
        </message>
        <message>
            <source>The resource does not exist.</source>
            <translation>Die Ressource existiert nicht.</translation>
        </message>
        <message>
            <source>The request failed.</source>
            <translation>Die Anfrage ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Start it again when you are ready.</source>
            <translation>Starten Sie es erneut, wenn Sie bereit sind.</translation>
        </message>
        <message>
            <source>Check your network connection and try again.</source>
            <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>If your organization inspects TLS, add its CA certificate to the cloud profile (trustedCaCertificates).</source>
            <translation>Wenn Ihre Organisation TLS prüft, fügen Sie deren CA-Zertifikat dem Cloudprofil hinzu (trustedCaCertificates).</translation>
        </message>
        <message>
            <source>Check your network connection and proxy settings, then try again.</source>
            <translation>Prüfen Sie Netzwerkverbindung und Proxyeinstellungen und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Try again; if it persists, send the request ID to your administrator.</source>
            <translation>Versuchen Sie es erneut; wenn es bleibt, senden Sie die Anfrage-ID an Ihren Administrator.</translation>
        </message>
        <message>
            <source>Sign in with an account of this tenant, or ask its administrator to invite you as a guest.</source>
            <translation>Melden Sie sich mit einem Konto dieses Mandanten an, oder bitten Sie dessen Administrator, Sie als Gast einzuladen.</translation>
        </message>
        <message>
            <source>Sign in again.</source>
            <translation>Melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>Ask an administrator of the tenant to grant consent, then sign in again.</source>
            <translation>Bitten Sie einen Administrator des Mandanten um die Einwilligung, und melden Sie sich dann erneut an.</translation>
        </message>
        <message>
            <source>Sign in again in the browser.</source>
            <translation>Melden Sie sich im Browser erneut an.</translation>
        </message>
        <message>
            <source>Check the tenant ID and that you chose the right cloud.</source>
            <translation>Prüfen Sie die Mandanten-ID und ob Sie die richtige Cloud gewählt haben.</translation>
        </message>
        <message>
            <source>Fix the federated credential on the ISV's application (the wizard's federated credential step shows the expected issuer, subject and audience) and try again.</source>
            <translation>Korrigieren Sie die Verbundanmeldeinformation der ISV-Anwendung (der entsprechende Schritt des Assistenten zeigt den erwarteten Aussteller, Antragsteller und die Zielgruppe) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Ask the customer's administrator to install the application (admin consent), then try again.</source>
            <translation>Bitten Sie den Administrator des Kunden, die Anwendung zu installieren (Administratoreinwilligung), und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Check the application (client) ID, or use the default client of the cloud profile.</source>
            <translation>Prüfen Sie die Anwendungs-ID (Client-ID), oder verwenden Sie den Standardclient des Cloudprofils.</translation>
        </message>
        <message>
            <source>Sign in again when you are ready.</source>
            <translation>Melden Sie sich erneut an, wenn Sie bereit sind.</translation>
        </message>
        <message>
            <source>Ask an owner of the resource to grant you the needed role; the service's message names the missing action. If the role was just granted, wait a few minutes and retry.</source>
            <translation>Bitten Sie einen Besitzer der Ressource, Ihnen die nötige Rolle zuzuweisen; die Meldung des Dienstes nennt die fehlende Aktion. Wurde die Rolle gerade zugewiesen, warten Sie einige Minuten und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Sign in to the tenant that owns the subscription.</source>
            <translation>Melden Sie sich bei dem Mandanten an, dem das Abonnement gehört.</translation>
        </message>
        <message>
            <source>Register the resource provider (the track's registration step does it) and wait until it is Registered.</source>
            <translation>Registrieren Sie den Ressourcenanbieter (der Registrierungsschritt des Ablaufs erledigt das) und warten Sie, bis er „Registered“ ist.</translation>
        </message>
        <message>
            <source>Use a cloud profile with an API version this cloud supports; the service's message lists them.</source>
            <translation>Verwenden Sie ein Cloudprofil mit einer API-Version, die diese Cloud unterstützt; die Meldung des Dienstes listet sie auf.</translation>
        </message>
        <message>
            <source>Choose an existing resource group, or check that the right subscription is selected.</source>
            <translation>Wählen Sie eine vorhandene Ressourcengruppe, oder prüfen Sie, ob das richtige Abonnement ausgewählt ist.</translation>
        </message>
        <message>
            <source>Choose a subscription of the signed-in tenant.</source>
            <translation>Wählen Sie ein Abonnement des angemeldeten Mandanten.</translation>
        </message>
        <message>
            <source>A new identity takes a few minutes to appear everywhere; CMK Wizard retries on its own. If it persists, check the object ID.</source>
            <translation>Eine neue Identität braucht einige Minuten, bis sie überall sichtbar ist; CMK Wizard versucht es selbst erneut. Wenn es bleibt, prüfen Sie die Objekt-ID.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Nichts zu tun.</translation>
        </message>
        <message>
            <source>Wait until the running operation ends; CMK Wizard retries then.</source>
            <translation>Warten Sie, bis der laufende Vorgang endet; CMK Wizard versucht es dann erneut.</translation>
        </message>
        <message>
            <source>Ask your Azure administrator about the policy named in the message, or change the settings to comply.</source>
            <translation>Fragen Sie Ihren Azure-Administrator nach der in der Meldung genannten Richtlinie, oder ändern Sie die Einstellungen entsprechend.</translation>
        </message>
        <message>
            <source>Choose another vault name.</source>
            <translation>Wählen Sie einen anderen Tresornamen.</translation>
        </message>
        <message>
            <source>Choose one of the locations the message lists.</source>
            <translation>Wählen Sie einen der Standorte, die die Meldung nennt.</translation>
        </message>
        <message>
            <source>Choose another subnet of the volumes' virtual network, one that is not delegated.</source>
            <translation>Wählen Sie ein anderes, nicht delegiertes Subnetz im virtuellen Netzwerk der Volumes.</translation>
        </message>
        <message>
            <source>Ask the customer to approve the private endpoint connection on the vault, then try again.</source>
            <translation>Bitten Sie den Kunden, die private Endpunktverbindung am Tresor zu genehmigen, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Grant the identity get, wrapKey and unwrapKey on the key (Key Vault Crypto Service Encryption User), then try again.</source>
            <translation>Gewähren Sie der Identität get, wrapKey und unwrapKey auf den Schlüssel (Key Vault Crypto Service Encryption User), und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Register the required preview feature and wait until it is Registered.</source>
            <translation>Registrieren Sie das nötige Vorschaufeature und warten Sie, bis es „Registered“ ist.</translation>
        </message>
        <message>
            <source>Ask for a Key Vault data role (for example Key Vault Crypto Officer) on the vault or key.</source>
            <translation>Fordern Sie eine Key Vault-Datenrolle (zum Beispiel Key Vault Crypto Officer) für den Tresor oder den Schlüssel an.</translation>
        </message>
        <message>
            <source>Ask for an access policy with the needed key permissions.</source>
            <translation>Fordern Sie eine Zugriffsrichtlinie mit den nötigen Schlüsselberechtigungen an.</translation>
        </message>
        <message>
            <source>Allow your network in the vault's firewall, or work from a network that can reach it.</source>
            <translation>Lassen Sie Ihr Netzwerk in der Firewall des Tresors zu, oder arbeiten Sie aus einem Netzwerk, das ihn erreicht.</translation>
        </message>
        <message>
            <source>Ask for the directory role the action needs (for example Cloud Application Administrator).</source>
            <translation>Fordern Sie die Verzeichnisrolle an, die die Aktion braucht (zum Beispiel Cloudanwendungsadministrator).</translation>
        </message>
        <message>
            <source>Use the existing object; CMK Wizard looks it up on the next run.</source>
            <translation>Verwenden Sie das vorhandene Objekt; CMK Wizard findet es beim nächsten Durchlauf.</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to grant you Reader on the enterprise policy.</source>
            <translation>Bitten Sie den Administrator des Schlüsseltresors, Ihnen Leserechte (Reader) auf die Unternehmensrichtlinie zu geben.</translation>
        </message>
        <message>
            <source>Choose another environment, or change this one as the message says.</source>
            <translation>Wählen Sie eine andere Umgebung, oder ändern Sie diese wie in der Meldung beschrieben.</translation>
        </message>
        <message>
            <source>Ask for the Power Platform administrator role, or sign in as a Power Platform administrator.</source>
            <translation>Fordern Sie die Rolle Power Platform-Administrator an, oder melden Sie sich als Power Platform-Administrator an.</translation>
        </message>
        <message>
            <source>Wait a moment and try again; CMK Wizard retries on its own where it is safe.</source>
            <translation>Warten Sie einen Moment und versuchen Sie es erneut; CMK Wizard wiederholt selbst, wo es sicher ist.</translation>
        </message>
        <message>
            <source>Check the details and try again; if it persists, send the request ID to your administrator.</source>
            <translation>Prüfen Sie die Details und versuchen Sie es erneut; wenn es bleibt, senden Sie die Anfrage-ID an Ihren Administrator.</translation>
        </message>
        <message>
            <source>You are not signed in to this tenant, or the sign-in was removed.</source>
            <translation>Sie sind bei diesem Mandanten nicht angemeldet, oder die Anmeldung wurde entfernt.</translation>
        </message>
        <message>
            <source>The answer from the sign-in page does not belong to this sign-in.</source>
            <translation>Die Antwort der Anmeldeseite gehört nicht zu dieser Anmeldung.</translation>
        </message>
        <message>
            <source>The application's secret or certificate was not accepted.</source>
            <translation>Das Geheimnis oder Zertifikat der Anwendung wurde nicht akzeptiert.</translation>
        </message>
        <message>
            <source>Sign in to this tenant.</source>
            <translation>Melden Sie sich bei diesem Mandanten an.</translation>
        </message>
        <message>
            <source>Check the client secret (a new one may be needed if it expired) and the application ID.</source>
            <translation>Prüfen Sie das Clientgeheimnis (nach Ablauf wird ein neues benötigt) und die Anwendungs-ID.</translation>
        </message>
        <message>
            <source>Correct the value and try again; nothing was sent.</source>
            <translation>Korrigieren Sie den Wert und versuchen Sie es erneut; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Sign in with CMK Wizard's own client, or register http://localhost as a redirect address of the application named in the cloud profile.</source>
            <translation>Melden Sie sich mit dem eigenen Client von CMK Wizard an, oder registrieren Sie http://localhost als Umleitungsadresse der im Cloudprofil genannten Anwendung.</translation>
        </message>
        <message>
            <source>Check that the cloud profile's endpoints belong to this cloud.</source>
            <translation>Prüfen Sie, ob die Endpunkte des Cloudprofils zu dieser Cloud gehören.</translation>
        </message>
        <message>
            <source>Check the name, the subscription and the tenant; if it was just created, wait a minute and try again.</source>
            <translation>Prüfen Sie Namen, Abonnement und Mandanten; wurde es gerade erstellt, warten Sie eine Minute und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>cmk::roles::RoleDetector</name>
        <message>
            <source>%1 (HTTP %2 %3)</source>
            <extracomment>%1: the translated error, %2: the HTTP status, %3: the service's error code</extracomment>
            <translation>%1 (HTTP %2 %3)</translation>
        </message>
        <message>
            <source>nobody is signed in on this side</source>
            <translation>auf dieser Seite ist niemand angemeldet</translation>
        </message>
        <message>
            <source>the directory roles could not be read: %1</source>
            <translation>die Verzeichnisrollen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 is not a scope role assignments can be read at</source>
            <translation>%1 ist kein Bereich, für den Rollenzuweisungen gelesen werden können</translation>
        </message>
        <message>
            <source>the role assignments at %1 could not be read: %2</source>
            <translation>die Rollenzuweisungen für %1 konnten nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>cmk::roles::RoleProfile</name>
        <message>
            <source>the role assignments at %1 were not read</source>
            <translation>die Rollenzuweisungen für %1 wurden nicht gelesen</translation>
        </message>
        <message>
            <source>the role definition %1 (assigned at %2) could not be read</source>
            <translation>die Rollendefinition %1 (zugewiesen für %2) konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 für %2</translation>
        </message>
    </context>
    <context>
        <name>cmk::roles::SeparationFinding</name>
        <message>
            <source>%1 is both a Power Platform admin (%2) and a key vault admin at %4 (%3). Microsoft advises that different people hold these duties: whoever controls the key can make every environment that uses it inaccessible.</source>
            <extracomment>%1: the person, %2: their Power Platform admin roles, %3: their key vault roles, %4: the scope</extracomment>
            <translation>%1 ist sowohl Power Platform-Administrator (%2) als auch Schlüsseltresor-Administrator für %4 (%3). Microsoft empfiehlt, diese Aufgaben auf verschiedene Personen zu verteilen: Wer den Schlüssel kontrolliert, kann jede Umgebung, die ihn verwendet, unzugänglich machen.</translation>
        </message>
        <message>
            <source>Whether %1 holds both the Power Platform admin and the key vault admin duties at %2 could not be checked: %3.</source>
            <translation>Ob %1 sowohl die Aufgaben des Power Platform-Administrators als auch des Schlüsseltresor-Administrators für %2 innehat, konnte nicht geprüft werden: %3.</translation>
        </message>
    </context>
    <context>
        <name>cmk::roles::Verdict</name>
        <message>
            <source>a directory role</source>
            <translation>eine Verzeichnisrolle</translation>
        </message>
        <message>
            <source>the %1 directory role</source>
            <extracomment>%1: a directory role's name, e.g. "Power Platform Administrator"</extracomment>
            <translation>die Verzeichnisrolle %1</translation>
        </message>
        <message>
            <source>the %1 or %2 directory role</source>
            <extracomment>%1: role names separated by commas, %2: the last role name</extracomment>
            <translation>die Verzeichnisrolle %1 oder %2</translation>
        </message>
        <message>
            <source>%1 does not hold %2.</source>
            <translation>%1 verfügt nicht über %2.</translation>
        </message>
        <message>
            <source>%1 does not hold %2; it can be granted by %3.</source>
            <extracomment>%1: the signed-in person, %2: what they lack, %3: who can grant it</extracomment>
            <translation>%1 verfügt nicht über %2; gewähren kann das %3.</translation>
        </message>
        <message>
            <source>Whether %1 holds %2 could not be checked: %3. Nothing is changed until it can be.</source>
            <translation>Ob %1 über %2 verfügt, konnte nicht geprüft werden: %3. Es wird nichts geändert, bis das möglich ist.</translation>
        </message>
        <message>
            <source>Whether %1 holds %2 could not be checked: %3. Nothing is changed until it can be; it can be granted by %4.</source>
            <extracomment>%1: the signed-in person, %2: what is needed, %3: why it could not be checked, %4: who can grant it</extracomment>
            <translation>Ob %1 über %2 verfügt, konnte nicht geprüft werden: %3. Es wird nichts geändert, bis das möglich ist; gewähren kann das %4.</translation>
        </message>
        <message>
            <source>the directory roles were not read</source>
            <translation>die Verzeichnisrollen wurden nicht gelesen</translation>
        </message>
        <message>
            <source>the data action %1</source>
            <translation>die Datenaktion %1</translation>
        </message>
        <message>
            <source>the permission %1</source>
            <translation>die Berechtigung %1</translation>
        </message>
        <message>
            <source>none of %1 names a scope yet</source>
            <translation>keiner der Werte %1 nennt bisher einen Bereich</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <extracomment>%1: what is needed ("Reader on the enterprise policy"), %2: the Azure scope, %3: the action</extracomment>
            <translation>%1 %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>cmk::sandbox::Sandbox</name>
        <message>
            <source>The sandbox is already running.</source>
            <translation>Die Sandbox läuft bereits.</translation>
        </message>
        <message>
            <source>Unknown scenario "%1"; available: %2.</source>
            <translation>Unbekanntes Szenario „%1“; verfügbar: %2.</translation>
        </message>
        <message>
            <source>Cannot create a temporary directory for the sandbox: %1</source>
            <translation>Für die Sandbox kann kein temporäres Verzeichnis angelegt werden: %1</translation>
        </message>
        <message>
            <source>Cannot write the sandbox CA certificate to %1: %2</source>
            <translation>Das CA-Zertifikat der Sandbox kann nicht nach %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot listen on 127.0.0.1:%1; choose another --port or 0 for any free port.</source>
            <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden; wählen Sie einen anderen --port oder 0 für einen beliebigen freien Port.</translation>
        </message>
        <message>
            <source>Offline sandbox</source>
            <translation>Offline-Sandbox</translation>
        </message>
        <message>
            <source>The sandbox's token signing key could not be loaded.</source>
            <translation>Der Token-Signaturschlüssel der Sandbox konnte nicht geladen werden.</translation>
        </message>
        <message>
            <source>Cannot open a port for the vault %1.</source>
            <translation>Für den Tresor %1 kann kein Port geöffnet werden.</translation>
        </message>
    </context>
    <context>
        <name>cmk::services::ArmClient</name>
        <message>
            <source>subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>resource group</source>
            <translation>Ressourcengruppe</translation>
        </message>
        <message>
            <source>resource provider</source>
            <translation>Ressourcenanbieter</translation>
        </message>
        <message>
            <source>preview feature</source>
            <translation>Vorschaufeature</translation>
        </message>
        <message>
            <source>role definition</source>
            <translation>Rollendefinition</translation>
        </message>
        <message>
            <source>role assignment</source>
            <translation>Rollenzuweisung</translation>
        </message>
        <message>
            <source>user-assigned managed identity</source>
            <translation>benutzerseitig zugewiesene verwaltete Identität</translation>
        </message>
        <message>
            <source>key vault</source>
            <translation>Schlüsseltresor</translation>
        </message>
        <message>
            <source>private endpoint connection</source>
            <translation>private Endpunktverbindung</translation>
        </message>
        <message>
            <source>private endpoint</source>
            <translation>privater Endpunkt</translation>
        </message>
        <message>
            <source>subnet</source>
            <translation>Subnetz</translation>
        </message>
        <message>
            <source>disk encryption set</source>
            <translation>Datenträgerverschlüsselungssatz</translation>
        </message>
        <message>
            <source>NetApp account</source>
            <translation>NetApp-Konto</translation>
        </message>
        <message>
            <source>enterprise policy</source>
            <translation>Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>the answer has no valid "%1"</source>
            <translation>die Antwort enthält kein gültiges „%1“</translation>
        </message>
        <message>
            <source>No %1 was given; choose one, or paste its resource ID.</source>
            <translation>Es fehlt die Angabe „%1“; wählen Sie eine Ressource aus, oder fügen Sie ihre Ressourcen-ID ein.</translation>
        </message>
        <message>
            <source>%1 has the resource type %2; use the resource ID of the %3 here (type %4).</source>
            <extracomment>%1 is a resource ID, %2 its type, %3 what the call needs ("key vault"), %4 that type.</extracomment>
            <translation>%1 hat den Ressourcentyp %2; verwenden Sie hier die Ressourcen-ID der Ressource „%3“ (Typ %4).</translation>
        </message>
        <message>
            <source>No scope was given; choose the subscription, resource group or resource to grant the role on.</source>
            <translation>Es wurde kein Bereich angegeben; wählen Sie das Abonnement, die Ressourcengruppe oder die Ressource, für die die Rolle gelten soll.</translation>
        </message>
        <message>
            <source>%1 cannot hold role assignments; use a subscription, resource group or resource.</source>
            <translation>%1 kann keine Rollenzuweisungen haben; verwenden Sie ein Abonnement, eine Ressourcengruppe oder eine Ressource.</translation>
        </message>
        <message>
            <source>No subscription was given; choose a subscription.</source>
            <translation>Es wurde kein Abonnement angegeben; wählen Sie ein Abonnement.</translation>
        </message>
        <message>
            <source>%1 is not a resource provider namespace; namespaces look like Microsoft.KeyVault.</source>
            <translation>%1 ist kein Namespace eines Ressourcenanbieters; Namespaces sehen aus wie Microsoft.KeyVault.</translation>
        </message>
        <message>
            <source>%1 is not a preview feature name; names look like EncryptionAtRestWithCrossTenantKey.</source>
            <translation>%1 ist kein Name eines Vorschaufeatures; Namen sehen aus wie EncryptionAtRestWithCrossTenantKey.</translation>
        </message>
        <message>
            <source>%1 is not a role assignment ID: its last segment must be a GUID.</source>
            <translation>%1 ist keine ID einer Rollenzuweisung: das letzte Segment muss eine GUID sein.</translation>
        </message>
        <message>
            <source>No role was given; use the GUID of a role definition, for example Reader's %1.</source>
            <translation>Es wurde keine Rolle angegeben; verwenden Sie die GUID einer Rollendefinition, zum Beispiel %1 für Reader.</translation>
        </message>
        <message>
            <source>No principal was given; use the object ID of the user, group or service principal, not an application (client) ID.</source>
            <translation>Es wurde kein Prinzipal angegeben; verwenden Sie die Objekt-ID des Benutzers, der Gruppe oder des Dienstprinzipals, nicht eine Anwendungs-ID (Client-ID).</translation>
        </message>
        <message>
            <source>No key was given; paste the key identifier from the key's page in the Azure portal.</source>
            <translation>Es wurde kein Schlüssel angegeben; fügen Sie den Schlüsselbezeichner von der Seite des Schlüssels im Azure-Portal ein.</translation>
        </message>
        <message>
            <source>The key %1 has no version; paste the key identifier of the current version (it ends with 32 hexadecimal digits).</source>
            <translation>Der Schlüssel %1 hat keine Version; fügen Sie den Schlüsselbezeichner der aktuellen Version ein (er endet mit 32 Hexadezimalziffern).</translation>
        </message>
        <message>
            <source>No access policy entries were given; add at least one principal with its permissions.</source>
            <translation>Es wurden keine Einträge für die Zugriffsrichtlinie angegeben; fügen Sie mindestens einen Prinzipal mit seinen Berechtigungen hinzu.</translation>
        </message>
        <message>
            <source>An access policy entry has no tenant ID; use the key vault's tenant.</source>
            <translation>Ein Eintrag der Zugriffsrichtlinie hat keine Mandanten-ID; verwenden Sie den Mandanten des Schlüsseltresors.</translation>
        </message>
        <message>
            <source>The access policy entry for %1 grants no permission; a customer-managed key needs get, wrapKey and unwrapKey.</source>
            <translation>Der Eintrag der Zugriffsrichtlinie für %1 gewährt keine Berechtigung; ein kundenseitig verwalteter Schlüssel braucht get, wrapKey und unwrapKey.</translation>
        </message>
        <message>
            <source>%1 is not a key permission; a customer-managed key needs get, wrapKey and unwrapKey (all permissions: %2).</source>
            <translation>%1 ist keine Schlüsselberechtigung; ein kundenseitig verwalteter Schlüssel braucht get, wrapKey und unwrapKey (alle Berechtigungen: %2).</translation>
        </message>
        <message>
            <source>A deleted vault can be kept for 7 to 90 days, not %1; choose a number in that range.</source>
            <translation>Ein gelöschter Tresor kann 7 bis 90 Tage aufbewahrt werden, nicht %1; wählen Sie eine Zahl in diesem Bereich.</translation>
        </message>
        <message>
            <source>The disk encryption set name %1 may have only letters, digits, '_' and '-', at most 80 of them.</source>
            <translation>Der Name %1 des Datenträgerverschlüsselungssatzes darf nur Buchstaben, Ziffern, '_' und '-' enthalten, höchstens 80 Zeichen.</translation>
        </message>
        <message>
            <source>The NetApp account name %1 must start with a letter or digit and have at most 128 letters, digits, '-' and '_'.</source>
            <translation>Der Name %1 des NetApp-Kontos muss mit einem Buchstaben oder einer Ziffer beginnen und darf höchstens 128 Buchstaben, Ziffern, '-' und '_' haben.</translation>
        </message>
        <message>
            <source>No tenant ID was given for the key vault; use the tenant of its subscription.</source>
            <translation>Für den Schlüsseltresor wurde keine Mandanten-ID angegeben; verwenden Sie den Mandanten seines Abonnements.</translation>
        </message>
        <message>
            <source>virtual network</source>
            <translation>virtuelles Netzwerk</translation>
        </message>
        <message>
            <source>deleted key vault</source>
            <translation>gelöschter Schlüsseltresor</translation>
        </message>
        <message>
            <source>No network rule was given; set public network access, the default action or the bypass.</source>
            <translation>Es wurde keine Netzwerkregel angegeben; legen Sie den öffentlichen Netzwerkzugriff, die Standardaktion oder die Umgehung fest.</translation>
        </message>
        <message>
            <source>%1 is not a value of the key vault's %2; use %3.</source>
            <extracomment>%1 is the value given, in quotes; %2 the vault property; %3 the values it takes</extracomment>
            <translation>%1 ist kein Wert für %2 des Schlüsseltresors; verwenden Sie %3.</translation>
        </message>
        <message>
            <source>key</source>
            <translation>Schlüssel</translation>
        </message>
    </context>
    <context>
        <name>cmk::services::GraphClient</name>
        <message>
            <source>a user principal name looks like name@contoso.onmicrosoft.com</source>
            <translation>ein Benutzerprinzipalname sieht aus wie name@contoso.onmicrosoft.com</translation>
        </message>
        <message>
            <source>The user principal name is empty; %1.</source>
            <translation>Der Benutzerprinzipalname ist leer; %1.</translation>
        </message>
        <message>
            <source>%1 is not a user principal name: it contains a space or a control character; %2.</source>
            <extracomment>%1 is the text given, in quotes; %2 says what a user principal name looks like</extracomment>
            <translation>%1 ist kein Benutzerprinzipalname: er enthält ein Leerzeichen oder ein Steuerzeichen; %2.</translation>
        </message>
        <message>
            <source>%1 is not a user principal name: it needs one @ followed by a domain; %2.</source>
            <extracomment>%1 is the text given, in quotes; %2 says what a user principal name looks like</extracomment>
            <translation>%1 ist kein Benutzerprinzipalname: er braucht genau ein @ gefolgt von einer Domäne; %2.</translation>
        </message>
        <message>
            <source>The application's display name is empty; customers see it when they grant access, so give it your company's or product's name.</source>
            <translation>Der Anzeigename der Anwendung ist leer; Kunden sehen ihn, wenn sie Zugriff gewähren, geben Sie also den Namen Ihrer Firma oder Ihres Produkts an.</translation>
        </message>
        <message>
            <source>%1 cannot be a redirect URI: use an https:// address without a fragment (plain http:// only for localhost).</source>
            <extracomment>%1 is the address given, in quotes</extracomment>
            <translation>%1 kann kein Umleitungs-URI sein: verwenden Sie eine https://-Adresse ohne Fragment (einfaches http:// nur für localhost).</translation>
        </message>
        <message>
            <source>%1 cannot name a federated credential: use 1-120 letters, digits, '-', '_' and '.', not starting with '.', for example cmk-my-identity.</source>
            <extracomment>%1 is the name given, in quotes</extracomment>
            <translation>%1 kann keine Verbundanmeldeinformation benennen: verwenden Sie 1-120 Buchstaben, Ziffern, '-', '_' und '.', nicht mit '.' beginnend, zum Beispiel cmk-my-identity.</translation>
        </message>
        <message>
            <source>%1 cannot be a federated credential's issuer: it is the https:// address of the identity's tenant, like https://login.microsoftonline.com/&lt;tenant ID&gt;/v2.0.</source>
            <translation>%1 kann nicht Aussteller einer Verbundanmeldeinformation sein: das ist die https://-Adresse des Mandanten der Identität, etwa https://login.microsoftonline.com/&lt;Mandanten-ID&gt;/v2.0.</translation>
        </message>
        <message>
            <source>The federated credential's subject must be the managed identity's principal ID (1-600 characters).</source>
            <translation>Der Antragsteller der Verbundanmeldeinformation muss die Prinzipal-ID der verwalteten Identität sein (1-600 Zeichen).</translation>
        </message>
        <message>
            <source>The federated credential's audience must be the cloud's token-exchange audience, such as api://AzureADTokenExchange.</source>
            <translation>Die Zielgruppe der Verbundanmeldeinformation muss die Tokenaustausch-Zielgruppe der Cloud sein, etwa api://AzureADTokenExchange.</translation>
        </message>
        <message>
            <source>The federated credential's description is longer than 600 characters.</source>
            <translation>Die Beschreibung der Verbundanmeldeinformation ist länger als 600 Zeichen.</translation>
        </message>
        <message>
            <source>Microsoft Graph reads 1 to 999 users per page, not %1.</source>
            <translation>Microsoft Graph liest 1 bis 999 Benutzer pro Seite, nicht %1.</translation>
        </message>
        <message>
            <source>The federated credential's ID is empty; list the application's credentials to find it.</source>
            <translation>Die ID der Verbundanmeldeinformation ist leer; listen Sie die Anmeldeinformationen der Anwendung auf, um sie zu finden.</translation>
        </message>
    </context>
    <context>
        <name>cmk::services::KeyVaultClient</name>
        <message>
            <source>The key allows no operations; a customer-managed key needs wrapKey and unwrapKey.</source>
            <translation>Der Schlüssel erlaubt keine Operationen; ein kundenseitig verwalteter Schlüssel braucht wrapKey und unwrapKey.</translation>
        </message>
        <message>
            <source>%1 is not a key operation; use %2 (spelled exactly so).</source>
            <extracomment>%1 is the operation given, in quotes; %2 lists the valid ones</extracomment>
            <translation>%1 ist keine Schlüsseloperation; verwenden Sie %2 (genau so geschrieben).</translation>
        </message>
        <message>
            <source>An RSA key of %1 bits cannot be created; choose 2048, 3072 or 4096 bits.</source>
            <translation>Ein RSA-Schlüssel mit %1 Bit kann nicht erstellt werden; wählen Sie 2048, 3072 oder 4096 Bit.</translation>
        </message>
        <message>
            <source>The key would expire before it becomes valid; choose an expiry date after the activation date.</source>
            <translation>Der Schlüssel würde ablaufen, bevor er gültig wird; wählen Sie ein Ablaufdatum nach dem Aktivierungsdatum.</translation>
        </message>
        <message>
            <source>In the cloud %1, key vaults have no DNS names of their own; use the vault's URI (vaultUri) instead of its name.</source>
            <translation>In der Cloud %1 haben Schlüsseltresore keine eigenen DNS-Namen; verwenden Sie den URI des Tresors (vaultUri) statt seines Namens.</translation>
        </message>
        <message>
            <source>%1 is not a key vault URL; copy the vault's "Vault URI" from the portal: an https:// address with nothing after the host name.</source>
            <extracomment>%1 is the URL given, in quotes</extracomment>
            <translation>%1 ist keine URL eines Schlüsseltresors; kopieren Sie den „Tresor-URI“ aus dem Portal: eine https://-Adresse ohne etwas nach dem Hostnamen.</translation>
        </message>
        <message>
            <source>%1 is not a key vault of the cloud %2, whose vaults end in %3; choose a vault of this cloud or switch the cloud profile.</source>
            <extracomment>%1 is the URL given, in quotes; %2 the cloud's name; %3 its vault DNS suffix</extracomment>
            <translation>%1 ist kein Schlüsseltresor der Cloud %2, deren Tresore auf %3 enden; wählen Sie einen Tresor dieser Cloud oder wechseln Sie das Cloudprofil.</translation>
        </message>
        <message>
            <source>No key is given; choose a key or paste its key identifier.</source>
            <translation>Es ist kein Schlüssel angegeben; wählen Sie einen Schlüssel oder fügen Sie seinen Schlüsselbezeichner ein.</translation>
        </message>
        <message>
            <source>Key Vault lists 1 to 25 keys per page, not %1.</source>
            <translation>Key Vault listet 1 bis 25 Schlüssel pro Seite, nicht %1.</translation>
        </message>
        <message>
            <source>Key Vault lists 1 to 25 key versions per page, not %1.</source>
            <translation>Key Vault listet 1 bis 25 Schlüsselversionen pro Seite, nicht %1.</translation>
        </message>
    </context>
    <context>
        <name>cmk::services::PowerPlatformClient</name>
        <message>
            <source>a system ID looks like /regions/europe/providers/Microsoft.PowerPlatform/enterprisePolicies/&lt;GUID&gt;; copy properties.systemId from the policy's JSON view in the Azure portal</source>
            <translation>eine System-ID sieht aus wie /regions/europe/providers/Microsoft.PowerPlatform/enterprisePolicies/&lt;GUID&gt;; kopieren Sie properties.systemId aus der JSON-Ansicht der Richtlinie im Azure-Portal</translation>
        </message>
        <message>
            <source>The enterprise policy's system ID is empty; %1.</source>
            <translation>Die System-ID der Unternehmensrichtlinie ist leer; %1.</translation>
        </message>
        <message>
            <source>%1 is the enterprise policy's resource ID, but linking needs its system ID; %2.</source>
            <translation>%1 ist die Ressourcen-ID der Unternehmensrichtlinie, zum Verknüpfen wird aber ihre System-ID gebraucht; %2.</translation>
        </message>
        <message>
            <source>%1 is not an enterprise policy system ID; %2.</source>
            <translation>%1 ist keine System-ID einer Unternehmensrichtlinie; %2.</translation>
        </message>
        <message>
            <source>%1 is not an enterprise policy system ID: it must end in the policy's GUID. %2</source>
            <translation>%1 ist keine System-ID einer Unternehmensrichtlinie: sie muss mit der GUID der Richtlinie enden. %2</translation>
        </message>
        <message>
            <source>%1 is not an operation of the Power Platform admin API at %2; CMK Wizard sends its Power Platform sign-in nowhere else.</source>
            <extracomment>%1 is the URL, in quotes; %2 the admin API's host name</extracomment>
            <translation>%1 ist kein Vorgang der Power Platform-Admin-API unter %2; CMK Wizard sendet seine Power Platform-Anmeldung nirgendwo anders hin.</translation>
        </message>
        <message>
            <source>The Power Platform admin API lists 1 to 1000 environments per page, not %1.</source>
            <translation>Die Power Platform-Admin-API listet 1 bis 1000 Umgebungen pro Seite, nicht %1.</translation>
        </message>
        <message>
            <source>The saved operation is not a Power Platform link or unlink; it cannot be resumed here.</source>
            <translation>Der gespeicherte Vorgang ist kein Verknüpfen oder Trennen in Power Platform; er kann hier nicht fortgesetzt werden.</translation>
        </message>
    </context>
    <context>
        <name>cmk::status::Diagnosis</name>
        <message>
            <source>current</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>its enterprise policy %1 was deleted</source>
            <extracomment>%1 is the enterprise policy's name</extracomment>
            <translation>ihre Unternehmensrichtlinie %1 wurde gelöscht</translation>
        </message>
        <message>
            <source>the key vault %1 was deleted</source>
            <translation>der Schlüsseltresor %1 wurde gelöscht</translation>
        </message>
        <message>
            <source>the key %1 in the vault %2 was deleted</source>
            <translation>der Schlüssel %1 im Tresor %2 wurde gelöscht</translation>
        </message>
        <message>
            <source>the key %1 (version %2) in the vault %3 is disabled</source>
            <extracomment>%1 is the key's name, %2 its version, %3 the vault</extracomment>
            <translation>der Schlüssel %1 (Version %2) im Tresor %3 ist deaktiviert</translation>
        </message>
        <message>
            <source>version %2 of the key %1, which the policy uses, is disabled</source>
            <translation>Version %2 des Schlüssels %1, die die Richtlinie verwendet, ist deaktiviert</translation>
        </message>
        <message>
            <source>the key %1 expired on %2</source>
            <translation>der Schlüssel %1 ist am %2 abgelaufen</translation>
        </message>
        <message>
            <source>the key %1 expired</source>
            <translation>der Schlüssel %1 ist abgelaufen</translation>
        </message>
        <message>
            <source>the key %1 is not valid before %2</source>
            <translation>der Schlüssel %1 ist erst ab %2 gültig</translation>
        </message>
        <message>
            <source>the enterprise policy's identity lost the get, wrapKey or unwrapKey permission on the key %1</source>
            <translation>die Identität der Unternehmensrichtlinie hat die Berechtigung get, wrapKey oder unwrapKey für den Schlüssel %1 verloren</translation>
        </message>
        <message>
            <source>the network rules of the key vault %1 keep trusted Azure services out</source>
            <translation>die Netzwerkregeln des Schlüsseltresors %1 lassen vertrauenswürdige Azure-Dienste nicht durch</translation>
        </message>
        <message>
            <source>the service reports that the key cannot be used (reason %1)</source>
            <extracomment>%1 is the service's reason code</extracomment>
            <translation>der Dienst meldet, dass der Schlüssel nicht verwendet werden kann (Grund %1)</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to recreate the enterprise policy %1 with the original key and to grant its identity get, wrapKey and unwrapKey on that key; only the original key can unlock the data.</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, die Unternehmensrichtlinie %1 mit dem ursprünglichen Schlüssel neu zu erstellen und ihrer Identität get, wrapKey und unwrapKey für diesen Schlüssel zu gewähren; nur der ursprüngliche Schlüssel kann die Daten entsperren.</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to recover the deleted key vault %1 (soft delete keeps it for its retention period).</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, den gelöschten Schlüsseltresor %1 wiederherzustellen (vorläufiges Löschen bewahrt ihn während seiner Aufbewahrungsdauer auf).</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to recover the deleted key %1 in the vault %2 (soft delete keeps it recoverable).</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, den gelöschten Schlüssel %1 im Tresor %2 wiederherzustellen (vorläufiges Löschen hält ihn wiederherstellbar).</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to enable version %2 of the key %1 in the vault %3 again.</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, Version %2 des Schlüssels %1 im Tresor %3 wieder zu aktivieren.</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to set a later expiry date on version %2 of the key %1.</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, für Version %2 des Schlüssels %1 ein späteres Ablaufdatum festzulegen.</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to move the activation date of version %2 of the key %1 to the past.</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, das Aktivierungsdatum von Version %2 des Schlüssels %1 in die Vergangenheit zu verlegen.</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to give the enterprise policy's identity (%1) an access policy with the key permissions get, wrapKey and unwrapKey on the vault %2 again.</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, der Identität der Unternehmensrichtlinie (%1) wieder eine Zugriffsrichtlinie mit den Schlüsselberechtigungen get, wrapKey und unwrapKey für den Tresor %2 zu geben.</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to grant the enterprise policy's identity (%1) the Key Vault Crypto Service Encryption User role on the vault %2 again.</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, der Identität der Unternehmensrichtlinie (%1) wieder die Rolle Key Vault Crypto Service Encryption User für den Tresor %2 zu gewähren.</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to let trusted Microsoft services through the firewall of the vault %1 (exception "Allow trusted Microsoft services").</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, vertrauenswürdige Microsoft-Dienste durch die Firewall des Tresors %1 zu lassen (Ausnahme „Allow trusted Microsoft services“).</translation>
        </message>
        <message>
            <source>Find out with the key vault administrator which of the key, its vault, the enterprise policy or the identity's access changed, and restore it.</source>
            <translation>Klären Sie mit dem Schlüsseltresor-Administrator, was sich geändert hat – der Schlüssel, sein Tresor, die Unternehmensrichtlinie oder der Zugriff der Identität –, und stellen Sie es wieder her.</translation>
        </message>
        <message>
            <source>the service lost access to its customer-managed key; which part changed could not be read</source>
            <translation>der Dienst hat den Zugriff auf seinen kundenseitig verwalteten Schlüssel verloren; welcher Teil sich geändert hat, konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>Locked because %1. The environment is disabled: nobody can use it, Microsoft support included.</source>
            <extracomment>%1 says what happened to the key, e.g. "the key cmk (version 1a2b) in the vault kv is disabled"</extracomment>
            <translation>Gesperrt, Grund: %1. Die Umgebung ist deaktiviert: Niemand kann sie verwenden, auch nicht der Microsoft-Support.</translation>
        </message>
        <message>
            <source>Access to the key is restored, but the environment stays locked until Microsoft support unlocks it.</source>
            <translation>Der Zugriff auf den Schlüssel ist wiederhergestellt, aber die Umgebung bleibt gesperrt, bis der Microsoft-Support sie entsperrt.</translation>
        </message>
        <message>
            <source>Open a Microsoft support request to unlock the environment.</source>
            <translation>Stellen Sie eine Supportanfrage bei Microsoft, um die Umgebung zu entsperren.</translation>
        </message>
        <message>
            <source>Then open a Microsoft support request to unlock the environment; restoring access alone does not unlock it.</source>
            <translation>Stellen Sie dann eine Supportanfrage bei Microsoft, um die Umgebung zu entsperren; die Wiederherstellung des Zugriffs allein entsperrt sie nicht.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left before this production environment and its data are deleted (%1).</source>
            <extracomment>%1 is the deletion date</extracomment>
            <translation>
                <numerusform>Noch %n Tag, bis diese Produktionsumgebung und ihre Daten gelöscht werden (%1).</numerusform>
                <numerusform>Noch %n Tage, bis diese Produktionsumgebung und ihre Daten gelöscht werden (%1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A locked production environment is deleted %n day(s) after it locked.</source>
            <translation>
                <numerusform>Eine gesperrte Produktionsumgebung wird %n Tag nach der Sperrung gelöscht.</numerusform>
                <numerusform>Eine gesperrte Produktionsumgebung wird %n Tage nach der Sperrung gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Trial environments cannot use a customer-managed key.</source>
            <translation>Testumgebungen können keinen kundenseitig verwalteten Schlüssel verwenden.</translation>
        </message>
        <message>
            <source>Convert it to a production or sandbox environment first if it needs your own key.</source>
            <translation>Wandeln Sie sie zuerst in eine Produktions- oder Sandbox-Umgebung um, wenn sie einen eigenen Schlüssel braucht.</translation>
        </message>
        <message>
            <source>Microsoft Teams environments cannot use a customer-managed key.</source>
            <translation>Microsoft Teams-Umgebungen können keinen kundenseitig verwalteten Schlüssel verwenden.</translation>
        </message>
        <message>
            <source>Nothing to do: Teams environments keep a Microsoft-managed key.</source>
            <translation>Nichts zu tun: Teams-Umgebungen behalten einen von Microsoft verwalteten Schlüssel.</translation>
        </message>
        <message>
            <source>The environment has no Dataverse database, which is what a customer-managed key protects.</source>
            <translation>Die Umgebung hat keine Dataverse-Datenbank, und genau diese schützt ein kundenseitig verwalteter Schlüssel.</translation>
        </message>
        <message>
            <source>Add a Dataverse database first if the environment needs your own key.</source>
            <translation>Fügen Sie zuerst eine Dataverse-Datenbank hinzu, wenn die Umgebung einen eigenen Schlüssel braucht.</translation>
        </message>
        <message>
            <source>The environment is not a Managed Environment; customer-managed keys need one.</source>
            <translation>Die Umgebung ist keine verwaltete Umgebung; kundenseitig verwaltete Schlüssel setzen eine solche voraus.</translation>
        </message>
        <message>
            <source>Turn on Managed Environments for it in the Power Platform admin center, then add it to an enterprise policy.</source>
            <translation>Aktivieren Sie im Power Platform Admin Center verwaltete Umgebungen für sie, und fügen Sie sie dann einer Unternehmensrichtlinie hinzu.</translation>
        </message>
        <message>
            <source>A finance and operations environment without Power Platform integration cannot use a customer-managed key.</source>
            <translation>Eine Finanz- und Betriebsumgebung ohne Power Platform-Integration kann keinen kundenseitig verwalteten Schlüssel verwenden.</translation>
        </message>
        <message>
            <source>Set up Power Platform integration first, then add it to an enterprise policy.</source>
            <translation>Richten Sie zuerst die Power Platform-Integration ein, und fügen Sie die Umgebung dann einer Unternehmensrichtlinie hinzu.</translation>
        </message>
        <message>
            <source>No enterprise policy of this tenant is in the environment's location %1.</source>
            <extracomment>%1 is a Power Platform location such as europe</extracomment>
            <translation>Am Standort %1 der Umgebung gibt es keine Unternehmensrichtlinie dieses Mandanten.</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to create an enterprise policy in %1, then add the environment to it.</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, eine Unternehmensrichtlinie in %1 zu erstellen, und fügen Sie die Umgebung dann hinzu.</translation>
        </message>
        <message>
            <source>Being encrypted with the customer-managed key of the enterprise policy %1: %2 % done. Encrypting a large database may take hours.</source>
            <extracomment>%1 is the policy's name, %2 how much is done</extracomment>
            <translation>Wird mit dem kundenseitig verwalteten Schlüssel der Unternehmensrichtlinie %1 verschlüsselt: %2 % abgeschlossen. Das Verschlüsseln einer großen Datenbank kann Stunden dauern.</translation>
        </message>
        <message>
            <source>Being encrypted with the customer-managed key of the enterprise policy %1. Encrypting a large database may take hours.</source>
            <translation>Wird mit dem kundenseitig verwalteten Schlüssel der Unternehmensrichtlinie %1 verschlüsselt. Das Verschlüsseln einer großen Datenbank kann Stunden dauern.</translation>
        </message>
        <message>
            <source>Wait until encryption ends; keep the key, its vault and the identity's access unchanged meanwhile.</source>
            <translation>Warten Sie, bis die Verschlüsselung abgeschlossen ist; lassen Sie den Schlüssel, seinen Tresor und den Zugriff der Identität bis dahin unverändert.</translation>
        </message>
        <message>
            <source>Going back to a Microsoft-managed key; this may take hours.</source>
            <translation>Wechselt zurück zu einem von Microsoft verwalteten Schlüssel; das kann Stunden dauern.</translation>
        </message>
        <message>
            <source>Wait until it ends; keep the customer-managed key available meanwhile.</source>
            <translation>Warten Sie, bis der Vorgang abgeschlossen ist; halten Sie den kundenseitig verwalteten Schlüssel bis dahin verfügbar.</translation>
        </message>
        <message>
            <source>Linked to the enterprise policy %1 and not locked yet, but %2. Power Platform locks the environment when it notices.</source>
            <translation>Mit der Unternehmensrichtlinie %1 verknüpft und noch nicht gesperrt, aber: %2. Power Platform sperrt die Umgebung, sobald es dies bemerkt.</translation>
        </message>
        <message>
            <source>Do it now: once locked, only a Microsoft support request unlocks it.</source>
            <translation>Tun Sie es jetzt: Nach dem Sperren entsperrt nur eine Supportanfrage bei Microsoft die Umgebung.</translation>
        </message>
        <message numerus="yes">
            <source>The key %1 expires on %2, in %n day(s); an expired key locks every environment of the enterprise policy.</source>
            <translation>
                <numerusform>Der Schlüssel %1 läuft am %2 ab, in %n Tag; ein abgelaufener Schlüssel sperrt jede Umgebung der Unternehmensrichtlinie.</numerusform>
                <numerusform>Der Schlüssel %1 läuft am %2 ab, in %n Tagen; ein abgelaufener Schlüssel sperrt jede Umgebung der Unternehmensrichtlinie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask the key vault administrator to set a later expiry date on the key's version %1 before %2.</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, vor dem %2 ein späteres Ablaufdatum für die Schlüsselversion %1 festzulegen.</translation>
        </message>
        <message>
            <source>The key vault %1 does not have both soft delete and purge protection on, so a deleted key could be lost for good.</source>
            <translation>Für den Schlüsseltresor %1 sind nicht sowohl vorläufiges Löschen als auch Bereinigungsschutz eingeschaltet, sodass ein gelöschter Schlüssel endgültig verloren gehen könnte.</translation>
        </message>
        <message>
            <source>Ask the key vault administrator to turn on purge protection on the vault %1.</source>
            <translation>Bitten Sie den Schlüsseltresor-Administrator, den Bereinigungsschutz für den Tresor %1 einzuschalten.</translation>
        </message>
        <message>
            <source>some of it could not be read</source>
            <translation>einiges davon konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>Encrypted with the customer-managed key of the enterprise policy %1 according to Power Platform, but the key's health could not be checked: %2</source>
            <translation>Laut Power Platform mit dem kundenseitig verwalteten Schlüssel der Unternehmensrichtlinie %1 verschlüsselt, aber der Zustand des Schlüssels konnte nicht geprüft werden: %2</translation>
        </message>
        <message>
            <source>Ask for Reader on the enterprise policy and its key vault (or a person who has it to check), then refresh.</source>
            <translation>Fordern Sie Reader für die Unternehmensrichtlinie und ihren Schlüsseltresor an (oder bitten Sie eine Person mit dieser Rolle um die Prüfung), und aktualisieren Sie dann.</translation>
        </message>
        <message>
            <source>Encrypted with the customer-managed key %1 of the enterprise policy %2; the key is enabled and the policy's identity can use it.</source>
            <translation>Mit dem kundenseitig verwalteten Schlüssel %1 der Unternehmensrichtlinie %2 verschlüsselt; der Schlüssel ist aktiviert, und die Identität der Richtlinie kann ihn verwenden.</translation>
        </message>
        <message>
            <source>Nothing to do. Keep the key, its vault and the identity's access as they are.</source>
            <translation>Nichts zu tun. Lassen Sie den Schlüssel, seinen Tresor und den Zugriff der Identität unverändert.</translation>
        </message>
        <message>
            <source>Protected by the older bring-your-own-key (BYOK) feature.</source>
            <translation>Durch das ältere Feature Bring-Your-Own-Key (BYOK) geschützt.</translation>
        </message>
        <message>
            <source>Migrate it to the customer-managed key feature: add it to an enterprise policy in %1. Microsoft keeps the BYOK key for at least 28 days after the move.</source>
            <translation>Migrieren Sie sie zum Feature für kundenseitig verwaltete Schlüssel: Fügen Sie sie einer Unternehmensrichtlinie in %1 hinzu. Microsoft bewahrt den BYOK-Schlüssel nach dem Wechsel mindestens 28 Tage auf.</translation>
        </message>
        <message>
            <source>Protected by a Microsoft-managed key.</source>
            <translation>Durch einen von Microsoft verwalteten Schlüssel geschützt.</translation>
        </message>
        <message>
            <source>To use your own key, the Power Platform administrator adds it to an enterprise policy in %1.</source>
            <translation>Um einen eigenen Schlüssel zu verwenden, fügt der Power Platform-Administrator sie einer Unternehmensrichtlinie in %1 hinzu.</translation>
        </message>
    </context>
    <context>
        <name>cmk::status::StatusReport</name>
        <message>
            <source>an environment without a valid id, state or protection</source>
            <translation>eine Umgebung ohne gültige ID, gültigen Zustand oder gültigen Schutz</translation>
        </message>
        <message>
            <source>The status report is not a JSON object.</source>
            <translation>Der Statusbericht ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>The file is not a CMK Wizard status report ("format" is not "cmk-status").</source>
            <translation>Die Datei ist kein Statusbericht von CMK Wizard ("format" ist nicht "cmk-status").</translation>
        </message>
        <message>
            <source>The status report has version %1; this CMK Wizard reads versions 1 to %2.</source>
            <extracomment>%1 is the file's version, %2 the newest this build reads</extracomment>
            <translation>Der Statusbericht hat Version %1; dieser CMK Wizard liest die Versionen 1 bis %2.</translation>
        </message>
        <message>
            <source>The status report has no "environments" list.</source>
            <translation>Der Statusbericht hat keine Liste "environments".</translation>
        </message>
        <message>
            <source>The status report has %1.</source>
            <translation>Der Statusbericht enthält %1.</translation>
        </message>
    </context>
    <context>
        <name>cmk::status::StatusService</name>
        <message>
            <source>%1 could not be read: %2 (%3).</source>
            <extracomment>%1 names what could not be read ("the enterprise policy"), %2 the service's message, %3 its code</extracomment>
            <translation>%1 konnte nicht gelesen werden: %2 (%3).</translation>
        </message>
        <message>
            <source>The enterprise policy ID %1 is not an Azure resource ID.</source>
            <translation>Die ID %1 der Unternehmensrichtlinie ist keine Azure-Ressourcen-ID.</translation>
        </message>
        <message>
            <source>The enterprise policy</source>
            <translation>Die Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>The enterprise policy names no key vault or key.</source>
            <translation>Die Unternehmensrichtlinie nennt keinen Schlüsseltresor und keinen Schlüssel.</translation>
        </message>
        <message>
            <source>The key vault</source>
            <translation>Der Schlüsseltresor</translation>
        </message>
        <message>
            <source>The enterprise policy has no system-assigned identity.</source>
            <translation>Die Unternehmensrichtlinie hat keine systemseitig zugewiesene Identität.</translation>
        </message>
        <message>
            <source>The role assignments of the policy's identity</source>
            <translation>Die Rollenzuweisungen der Identität der Richtlinie</translation>
        </message>
        <message>
            <source>A role assigned to the policy's identity could not be read.</source>
            <translation>Eine der Identität der Richtlinie zugewiesene Rolle konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The key's attributes</source>
            <translation>Die Attribute des Schlüssels</translation>
        </message>
    </context>
    <context>
        <name>cmk::topology::Topology</name>
        <message>
            <source>App registration</source>
            <translation>App-Registrierung</translation>
        </message>
        <message>
            <source>Managed identity</source>
            <translation>Verwaltete Identität</translation>
        </message>
        <message>
            <source>Federated credential</source>
            <translation>Verbundanmeldeinformation</translation>
        </message>
        <message>
            <source>Private endpoint</source>
            <translation>Privater Endpunkt</translation>
        </message>
        <message>
            <source>Disk encryption set</source>
            <translation>Datenträgerverschlüsselungssatz</translation>
        </message>
        <message>
            <source>NetApp account</source>
            <translation>NetApp-Konto</translation>
        </message>
        <message>
            <source>Enterprise application</source>
            <translation>Unternehmensanwendung</translation>
        </message>
        <message>
            <source>Key vault</source>
            <translation>Schlüsseltresor</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Access to the key</source>
            <translation>Zugriff auf den Schlüssel</translation>
        </message>
        <message>
            <source>Enterprise policy</source>
            <translation>Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Bearbeitung</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>Power Platform environments</source>
            <translation>Power Platform-Umgebungen</translation>
        </message>
        <message numerus="yes">
            <source>%n more environment(s)</source>
            <translation>
                <numerusform>%n weitere Umgebung</numerusform>
                <numerusform>%n weitere Umgebungen</numerusform>
            </translation>
        </message>
        <message>
            <source>registers</source>
            <translation>registriert</translation>
        </message>
        <message>
            <source>credential of</source>
            <translation>Anmeldeinformation von</translation>
        </message>
        <message>
            <source>trusts</source>
            <translation>vertraut</translation>
        </message>
        <message>
            <source>installed as</source>
            <translation>installiert als</translation>
        </message>
        <message>
            <source>holds</source>
            <translation>enthält</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>berechtigt</translation>
        </message>
        <message>
            <source>on</source>
            <translation>für</translation>
        </message>
        <message>
            <source>private link to</source>
            <translation>privater Link zu</translation>
        </message>
        <message>
            <source>encrypted with</source>
            <translation>verschlüsselt mit</translation>
        </message>
        <message>
            <source>uses</source>
            <translation>verwendet</translation>
        </message>
        <message>
            <source>reaches the vault through</source>
            <translation>erreicht den Tresor über</translation>
        </message>
        <message>
            <source>linked to</source>
            <translation>verknüpft mit</translation>
        </message>
        <message>
            <source>Power Platform</source>
            <translation>Power Platform</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::AppRegistrationStep</name>
        <message>
            <source>Register the multi-tenant application</source>
            <translation>Die mehrinstanzenfähige Anwendung registrieren</translation>
        </message>
        <message>
            <source>Application Developer or Application Administrator in the ISV tenant</source>
            <translation>Anwendungsentwickler oder Anwendungsadministrator im ISV-Mandanten</translation>
        </message>
        <message>
            <source>Application name</source>
            <translation>Anwendungsname</translation>
        </message>
        <message>
            <source>The name customers see when they consent and grant access, for example your product's name.</source>
            <translation>Der Name, den Kunden sehen, wenn sie einwilligen und Zugriff gewähren, zum Beispiel der Name Ihres Produkts.</translation>
        </message>
        <message>
            <source>The application name must be one line of at most 256 characters.</source>
            <translation>Der Anwendungsname muss eine Zeile mit höchstens 256 Zeichen sein.</translation>
        </message>
        <message>
            <source>Existing application (client) ID</source>
            <translation>Vorhandene Anwendungs-ID (Client-ID)</translation>
        </message>
        <message>
            <source>Leave empty to register a new application; give the ID of an application this track registered before to use it again.</source>
            <translation>Leer lassen, um eine neue Anwendung zu registrieren; geben Sie die ID einer Anwendung an, die dieser Ablauf früher registriert hat, um sie wiederzuverwenden.</translation>
        </message>
        <message>
            <source>ISV tenant ID</source>
            <translation>Mandanten-ID des ISV</translation>
        </message>
        <message>
            <source>Leave empty to use the tenant you signed in to; if given, it must be that tenant.</source>
            <translation>Leer lassen, um den Mandanten zu verwenden, bei dem Sie angemeldet sind; falls angegeben, muss es dieser Mandant sein.</translation>
        </message>
        <message>
            <source>You are signed in to tenant %1, but the run is for the ISV tenant %2; sign in with an account of %2.</source>
            <translation>Sie sind bei Mandant %1 angemeldet, der Ablauf gilt aber für den ISV-Mandanten %2; melden Sie sich mit einem Konto von %2 an.</translation>
        </message>
        <message>
            <source>The new application is not visible in Microsoft Graph yet; a new object takes a moment to replicate. Looking again in %1 s.</source>
            <translation>Die neue Anwendung ist in Microsoft Graph noch nicht sichtbar; ein neues Objekt braucht einen Moment für die Replikation. Erneute Prüfung in %1 s.</translation>
        </message>
        <message>
            <source>No application with the application (client) ID %1 is registered in tenant %2. If it was deleted, clear app.appId to register a new application; the customer must then consent to the new one.</source>
            <translation>In Mandant %2 ist keine Anwendung mit der Anwendungs-ID (Client-ID) %1 registriert. Wurde sie gelöscht, leeren Sie app.appId, um eine neue Anwendung zu registrieren; der Kunde muss dann in die neue einwilligen.</translation>
        </message>
        <message>
            <source>The application %1 (%2) accepts accounts of its own tenant only. In Entra ID → App registrations → Authentication, choose "Accounts in any organizational directory", then run the track again.</source>
            <translation>Die Anwendung %1 (%2) akzeptiert nur Konten ihres eigenen Mandanten. Wählen Sie in Entra ID → App-Registrierungen → Authentifizierung „Konten in einem beliebigen Organisationsverzeichnis“, und führen Sie den Ablauf dann erneut aus.</translation>
        </message>
        <message>
            <source>Register the application customers install in their tenant (any organizational directory).</source>
            <translation>Die Anwendung registrieren, die Kunden in ihrem Mandanten installieren (beliebiges Organisationsverzeichnis).</translation>
        </message>
        <message>
            <source>The application's ID is kept in the run; later runs find the application by it and never register a second one.</source>
            <translation>Die ID der Anwendung wird im Ablauf gespeichert; spätere Durchläufe finden die Anwendung darüber und registrieren nie eine zweite.</translation>
        </message>
        <message>
            <source>Registering the application "%1"…</source>
            <translation>Die Anwendung „%1“ wird registriert…</translation>
        </message>
        <message>
            <source>The last run stopped while Entra ID was registering the application "%1" (%2), so its application ID was not recorded. Look in Entra ID → App registrations: if it is there, enter its application (client) ID as app.appId and run the track again; if it is not, run the track again to register it.</source>
            <translation>Der letzte Durchlauf wurde angehalten, während Entra ID die Anwendung „%1“ (%2) registrierte, daher wurde ihre Anwendungs-ID nicht gespeichert. Sehen Sie in Entra ID → App-Registrierungen nach: ist sie dort, tragen Sie ihre Anwendungs-ID (Client-ID) als app.appId ein und führen Sie den Ablauf erneut aus; ist sie nicht dort, führen Sie den Ablauf erneut aus, um sie zu registrieren.</translation>
        </message>
        <message>
            <source>Without an application ID it first looks for applications of the same name, and stops rather than register a second one.</source>
            <translation>Ohne Anwendungs-ID sucht der Schritt zuerst nach Anwendungen mit demselben Namen und hält an, statt eine zweite zu registrieren.</translation>
        </message>
        <message>
            <source>The ISV tenant already has an application named "%1" (application ID %2). To use it, give its ID as app.appId and run the track again; to register another one, choose another name.</source>
            <translation>Der ISV-Mandant hat bereits eine Anwendung namens „%1“ (Anwendungs-ID %2). Um sie zu verwenden, geben Sie ihre ID als app.appId an und führen Sie den Ablauf erneut aus; um eine weitere zu registrieren, wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Registers a multi-tenant application in your Microsoft Entra ID tenant, open to accounts in any organizational directory. The customer installs this application in their tenant and grants it their key, so its application (client) ID is how Azure reaches the key across tenants.</source>
            <translation>Registriert eine mehrinstanzenfähige Anwendung in Ihrem Microsoft Entra ID-Mandanten, offen für Konten in einem beliebigen Organisationsverzeichnis. Der Kunde installiert diese Anwendung in seinem Mandanten und gewährt ihr seinen Schlüssel; über ihre Anwendungs-ID (Client-ID) erreicht Azure den Schlüssel daher mandantenübergreifend.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::ApprovePrivateEndpointStep</name>
        <message>
            <source>Owner or Contributor on the key vault</source>
            <translation>Owner oder Contributor für den Schlüsseltresor</translation>
        </message>
        <message>
            <source>The hand-off names no private endpoint (managed disks need none); nothing to approve.</source>
            <translation>Die Übergabe nennt keinen privaten Endpunkt (verwaltete Datenträger brauchen keinen); es gibt nichts zu genehmigen.</translation>
        </message>
        <message numerus="yes">
            <source>Look for the ISV's private endpoint %1 until it reaches vault %2 (for up to %n minute(s)).</source>
            <translation>
                <numerusform>Nach dem privaten Endpunkt %1 des ISV suchen, bis er Tresor %2 erreicht (bis zu %n Minute lang).</numerusform>
                <numerusform>Nach dem privaten Endpunkt %1 des ISV suchen, bis er Tresor %2 erreicht (bis zu %n Minuten lang).</numerusform>
            </translation>
        </message>
        <message>
            <source>Azure names the connection when the ISV creates the endpoint; CMK Wizard then approves that connection, and no other. The ISV needs the hand-off file from step 6 first.</source>
            <translation>Azure benennt die Verbindung, wenn der ISV den Endpunkt erstellt; CMK Wizard genehmigt dann genau diese Verbindung und keine andere. Der ISV braucht zuerst die Übergabedatei aus Schritt 6.</translation>
        </message>
        <message>
            <source>Approve the connection from the ISV's private endpoint %1 to vault %2, and no other.</source>
            <translation>Die Verbindung vom privaten Endpunkt %1 des ISV zu Tresor %2 genehmigen, und keine andere.</translation>
        </message>
        <message>
            <source>Approving private endpoint %1</source>
            <translation>Privater Endpunkt %1 wird genehmigt</translation>
        </message>
        <message numerus="yes">
            <source>The ISV's private endpoint %1 has not reached vault %2 after %n minute(s); nothing was changed. Send the ISV the hand-off file %3, and run this step again once they have created the endpoint.</source>
            <translation>
                <numerusform>Der private Endpunkt %1 des ISV hat Tresor %2 nach %n Minute nicht erreicht; es wurde nichts geändert. Senden Sie dem ISV die Übergabedatei %3, und führen Sie diesen Schritt erneut aus, sobald er den Endpunkt erstellt hat.</numerusform>
                <numerusform>Der private Endpunkt %1 des ISV hat Tresor %2 nach %n Minuten nicht erreicht; es wurde nichts geändert. Senden Sie dem ISV die Übergabedatei %3, und führen Sie diesen Schritt erneut aus, sobald er den Endpunkt erstellt hat.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Waiting for the ISV to create private endpoint %1 to vault %2; they need the hand-off file from step 6. Looking again in %n second(s).</source>
            <translation>
                <numerusform>Es wird gewartet, bis der ISV den privaten Endpunkt %1 zu Tresor %2 erstellt; er braucht die Übergabedatei aus Schritt 6. Erneute Prüfung in %n Sekunde.</numerusform>
                <numerusform>Es wird gewartet, bis der ISV den privaten Endpunkt %1 zu Tresor %2 erstellt; er braucht die Übergabedatei aus Schritt 6. Erneute Prüfung in %n Sekunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Following the approval that was running when CMK Wizard stopped</source>
            <translation>Die Genehmigung wird weiterverfolgt, die lief, als CMK Wizard beendet wurde</translation>
        </message>
        <message>
            <source>Approve the ISV's private endpoint</source>
            <translation>Den privaten Endpunkt des ISV genehmigen</translation>
        </message>
        <message>
            <source>Waits for the ISV's private endpoint to reach your key vault and approves that connection, and no other. Azure NetApp Files reaches your key only through this endpoint; for managed disks the hand-off names none and the step is done at once.</source>
            <translation>Wartet, bis der private Endpunkt des ISV Ihren Schlüsseltresor erreicht, und genehmigt diese Verbindung und keine andere. Azure NetApp Files erreicht Ihren Schlüssel nur über diesen Endpunkt; für verwaltete Datenträger nennt die Übergabe keinen, und der Schritt ist sofort erledigt.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::ChangeEnvironmentLinksStep</name>
        <message>
            <source>Add the environments to the policy and follow their encryption</source>
            <translation>Umgebungen der Richtlinie hinzufügen und ihre Verschlüsselung verfolgen</translation>
        </message>
        <message>
            <source>Remove the environments from the policy (back to a Microsoft-managed key)</source>
            <translation>Umgebungen aus der Richtlinie entfernen (zurück zu einem von Microsoft verwalteten Schlüssel)</translation>
        </message>
        <message>
            <source>Move the environments to the new policy and follow their encryption</source>
            <translation>Umgebungen in die neue Richtlinie verschieben und ihre Verschlüsselung verfolgen</translation>
        </message>
        <message>
            <source>Migrate the bring-your-own-key environments to the policy</source>
            <translation>Bring-Your-Own-Key-Umgebungen zur Richtlinie migrieren</translation>
        </message>
        <message>
            <source>Power Platform administrator with Reader on the enterprise policy</source>
            <translation>Power Platform-Administrator mit Reader für die Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>Reader on the enterprise policy</source>
            <translation>Reader für die Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>the key vault administrator who created the policy</source>
            <translation>der Schlüsseltresor-Administrator, der die Richtlinie erstellt hat</translation>
        </message>
        <message>
            <source>Unlink environment %1 from the policy: its data is encrypted with a Microsoft-managed key again.</source>
            <translation>Verknüpfung der Umgebung %1 mit der Richtlinie aufheben: Ihre Daten werden wieder mit einem von Microsoft verwalteten Schlüssel verschlüsselt.</translation>
        </message>
        <message>
            <source>Link environment %1 to the policy: its data is encrypted with the customer-managed key.</source>
            <translation>Umgebung %1 mit der Richtlinie verknüpfen: Ihre Daten werden mit dem kundenseitig verwalteten Schlüssel verschlüsselt.</translation>
        </message>
        <message>
            <source>Each environment is disabled while it is encrypted again, and users cannot work in it. The service does not say in advance how long: from minutes for small databases to hours or days for large ones. The operations run side by side; CMK Wizard can be closed meanwhile and continues following them when the track is run again.</source>
            <translation>Jede Umgebung ist deaktiviert, während sie neu verschlüsselt wird, und Benutzer können nicht darin arbeiten. Der Dienst gibt nicht im Voraus an, wie lange das dauert: von Minuten bei kleinen Datenbanken bis zu Stunden oder Tagen bei großen. Die Vorgänge laufen parallel; CMK Wizard kann in der Zwischenzeit geschlossen werden und verfolgt sie weiter, wenn der Ablauf erneut ausgeführt wird.</translation>
        </message>
        <message>
            <source>Each environment moves from policy %1 to %2 in one operation (the old key stays until the move ends). Keep the old key and its access until every environment shows the new policy.</source>
            <translation>Jede Umgebung wechselt in einem einzigen Vorgang von Richtlinie %1 zu %2 (der alte Schlüssel bleibt, bis der Wechsel abgeschlossen ist). Behalten Sie den alten Schlüssel und seinen Zugriff, bis jede Umgebung die neue Richtlinie anzeigt.</translation>
        </message>
        <message>
            <source>Microsoft keeps the bring-your-own-key key at least 28 days after the migration, so support can restore an environment.</source>
            <translation>Microsoft bewahrt den Bring-Your-Own-Key-Schlüssel nach der Migration mindestens 28 Tage auf, damit der Support eine Umgebung wiederherstellen kann.</translation>
        </message>
        <message>
            <source>These environments go offline while they are re-encrypted with a Microsoft-managed key; the customer-managed key no longer protects them.</source>
            <translation>Diese Umgebungen gehen offline, während sie mit einem von Microsoft verwalteten Schlüssel neu verschlüsselt werden; der kundenseitig verwaltete Schlüssel schützt sie nicht mehr.</translation>
        </message>
        <message>
            <source>These environments go offline while they are encrypted.</source>
            <translation>Diese Umgebungen gehen offline, während sie verschlüsselt werden.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the service's operation failed: %2</source>
            <translation>%1: Der Vorgang des Dienstes ist fehlgeschlagen: %2</translation>
        </message>
        <message numerus="yes">
            <source>Started %n operation(s); following the environments</source>
            <translation>
                <numerusform>%n Vorgang gestartet; die Umgebungen werden verfolgt</numerusform>
                <numerusform>%n Vorgänge gestartet; die Umgebungen werden verfolgt</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2%</source>
            <translation>%1 %2 %</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The service ended the operation without the change for: %1. Run the track again to retry them.</source>
            <translation>Der Dienst hat den Vorgang ohne die Änderung beendet für: %1. Führen Sie den Ablauf erneut aus, um es für diese erneut zu versuchen.</translation>
        </message>
        <message>
            <source>%1 of %2 done; under way: %3</source>
            <translation>%1 von %2 abgeschlossen; in Arbeit: %3</translation>
        </message>
        <message>
            <source>starting</source>
            <translation>wird gestartet</translation>
        </message>
        <message>
            <source>%1 (no longer listed)</source>
            <translation>%1 (nicht mehr aufgeführt)</translation>
        </message>
        <message>
            <source>Adds every chosen environment to the enterprise policy and follows each until its data is encrypted with your key, which can take up to a day. Environments are disabled for a while when this starts, so the plan lists them and asks you to type the policy's name.</source>
            <translation>Fügt jede gewählte Umgebung der Unternehmensrichtlinie hinzu und verfolgt jede, bis ihre Daten mit Ihrem Schlüssel verschlüsselt sind, was bis zu einem Tag dauern kann. Zu Beginn sind die Umgebungen eine Zeit lang deaktiviert, daher listet der Plan sie auf und fordert Sie auf, den Namen der Richtlinie einzugeben.</translation>
        </message>
        <message>
            <source>Removes every chosen environment from the enterprise policy, which returns its data to a Microsoft-managed key, and follows each to the end. Environments are disabled for a while, so the plan lists them and asks you to type the policy's name.</source>
            <translation>Entfernt jede gewählte Umgebung aus der Unternehmensrichtlinie, wodurch ihre Daten wieder einen von Microsoft verwalteten Schlüssel verwenden, und verfolgt jede bis zum Ende. Die Umgebungen sind eine Zeit lang deaktiviert, daher listet der Plan sie auf und fordert Sie auf, den Namen der Richtlinie einzugeben.</translation>
        </message>
        <message>
            <source>Links every chosen environment to the new enterprise policy and its key, and follows each until the new policy is in place. Keep the old key usable until then; environments are disabled for a while, so the plan lists them and asks you to type the policy's name.</source>
            <translation>Verknüpft jede gewählte Umgebung mit der neuen Unternehmensrichtlinie und ihrem Schlüssel und verfolgt jede, bis die neue Richtlinie wirksam ist. Halten Sie den alten Schlüssel bis dahin nutzbar; die Umgebungen sind eine Zeit lang deaktiviert, daher listet der Plan sie auf und fordert Sie auf, den Namen der Richtlinie einzugeben.</translation>
        </message>
        <message>
            <source>Adds the chosen bring-your-own-key environments to the enterprise policy, so that your key in your vault replaces the key held by Microsoft, and follows each to the end. Environments are disabled during the migration, so the plan lists them and asks you to type the policy's name.</source>
            <translation>Fügt die gewählten Bring-Your-Own-Key-Umgebungen der Unternehmensrichtlinie hinzu, sodass Ihr Schlüssel in Ihrem Tresor den von Microsoft verwahrten Schlüssel ersetzt, und verfolgt jede bis zum Ende. Die Umgebungen sind während der Migration deaktiviert, daher listet der Plan sie auf und fordert Sie auf, den Namen der Richtlinie einzugeben.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::ChooseEnvironmentsStep</name>
        <message>
            <source>Choose the environments</source>
            <translation>Umgebungen auswählen</translation>
        </message>
        <message>
            <source>Power Platform administrator</source>
            <translation>Power Platform-Administrator</translation>
        </message>
        <message>
            <source>Environments</source>
            <translation>Umgebungen</translation>
        </message>
        <message>
            <source>Environment IDs separated by commas (as the Power Platform admin center shows them; the default environment is Default-{tenant ID}), or "all" for every environment that qualifies.</source>
            <translation>Umgebungs-IDs, durch Kommas getrennt (wie das Power Platform Admin Center sie anzeigt; die Standardumgebung ist Default-{Mandanten-ID}), oder "all" für jede infrage kommende Umgebung.</translation>
        </message>
        <message>
            <source>Name at least one environment, or "all".</source>
            <translation>Nennen Sie mindestens eine Umgebung oder "all".</translation>
        </message>
        <message>
            <source>"%1" is not an environment ID: %2</source>
            <translation>„%1“ ist keine Umgebungs-ID: %2</translation>
        </message>
        <message>
            <source>No environment of the tenant qualifies. Run cmkctl status to see why each one does not.</source>
            <translation>Keine Umgebung des Mandanten kommt infrage. Führen Sie cmkctl status aus, um zu sehen, warum jede einzelne nicht infrage kommt.</translation>
        </message>
        <message>
            <source>%1: no such environment in this tenant</source>
            <translation>%1: Diese Umgebung gibt es in diesem Mandanten nicht</translation>
        </message>
        <message>
            <source>These environments cannot take part: %1. Choose others; nothing was changed.</source>
            <translation>Diese Umgebungen können nicht teilnehmen: %1. Wählen Sie andere; es wurde nichts geändert.</translation>
        </message>
        <message numerus="yes">
            <source>%n environment(s) chosen</source>
            <translation>
                <numerusform>%n Umgebung ausgewählt</numerusform>
                <numerusform>%n Umgebungen ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>Reads the tenant's environments; nothing changes.</source>
            <translation>Liest die Umgebungen des Mandanten; es wird nichts geändert.</translation>
        </message>
        <message>
            <source>Reads the tenant's environments and takes the ones you name, or with "all" every one that qualifies. An environment that cannot take part, for instance one in another location than the policy or one that is locked, is named with its reason before anything is written.</source>
            <translation>Liest die Umgebungen des Mandanten und übernimmt die von Ihnen genannten oder mit „all“ jede, die infrage kommt. Eine Umgebung, die nicht teilnehmen kann, etwa eine an einem anderen Standort als die Richtlinie oder eine gesperrte, wird mit ihrem Grund genannt, bevor etwas geschrieben wird.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::CustomerGrant</name>
        <message>
            <source>The run has no usable "%1"; an earlier step did not record it. Run the track again from its first step.</source>
            <translation>Der Ablauf hat keinen verwendbaren Wert „%1“; ein früherer Schritt hat ihn nicht gespeichert. Führen Sie den Ablauf erneut ab dem ersten Schritt aus.</translation>
        </message>
        <message>
            <source>The hand-off file %1 cannot be read (%2). Choose the file the ISV sent you.</source>
            <translation>Die Übergabedatei %1 kann nicht gelesen werden (%2). Wählen Sie die Datei, die Ihnen der ISV gesendet hat.</translation>
        </message>
        <message>
            <source>The hand-off file %1 cannot be used: %2</source>
            <translation>Die Übergabedatei %1 kann nicht verwendet werden: %2</translation>
        </message>
        <message>
            <source>The hand-off's admin consent link (%1) does not install its application %2. Ask the ISV for a new hand-off.</source>
            <translation>Der Link zur Administratoreinwilligung in der Übergabe (%1) installiert nicht deren Anwendung %2. Fordern Sie beim ISV eine neue Übergabe an.</translation>
        </message>
        <message>
            <source>The ISV asks for the role "%1". CMK Wizard grants only Key Vault Crypto Service Encryption User (get, wrapKey and unwrapKey on one key), which is all a customer-managed key needs. Ask the ISV for a hand-off that asks for it.</source>
            <translation>Der ISV fordert die Rolle „%1“ an. CMK Wizard gewährt nur Key Vault Crypto Service Encryption User (get, wrapKey und unwrapKey auf einen Schlüssel); mehr braucht ein kundenseitig verwalteter Schlüssel nicht. Bitten Sie den ISV um eine Übergabe, die diese Rolle anfordert.</translation>
        </message>
        <message>
            <source>The hand-off's admin consent link goes to %1, not to the sign-in page of %2 (%3). Do not open it; ask the ISV for a new hand-off.</source>
            <translation>Der Link zur Administratoreinwilligung in der Übergabe führt zu %1, nicht zur Anmeldeseite von %2 (%3). Öffnen Sie ihn nicht; fordern Sie beim ISV eine neue Übergabe an.</translation>
        </message>
        <message>
            <source>You are signed in to the ISV's tenant %1. Sign in to your own tenant, where the key is, and run the track again.</source>
            <translation>Sie sind beim Mandanten %1 des ISV angemeldet. Melden Sie sich bei Ihrem eigenen Mandanten an, in dem der Schlüssel liegt, und führen Sie den Ablauf erneut aus.</translation>
        </message>
        <message>
            <source>Message from %1: %2</source>
            <translation>Nachricht von %1: %2</translation>
        </message>
        <message>
            <source>Azure RBAC</source>
            <translation>Azure RBAC</translation>
        </message>
        <message>
            <source>access policies</source>
            <translation>Zugriffsrichtlinien</translation>
        </message>
        <message>
            <source>Vault %1 uses %2, but you chose to grant with %3. CMK Wizard does not change a vault's permission model: that would cut off everyone granted the other way. Leave the grant kind empty to follow the vault, or choose another vault.</source>
            <translation>Tresor %1 verwendet %2, Sie haben aber gewählt, über %3 zu berechtigen. CMK Wizard ändert das Berechtigungsmodell eines Tresors nicht: das würde allen den Zugriff entziehen, die auf die andere Art berechtigt sind. Lassen Sie die Art der Berechtigung leer, um dem Tresor zu folgen, oder wählen Sie einen anderen Tresor.</translation>
        </message>
        <message>
            <source>Vault %1 is a Standard vault; RSA-HSM keys need a Premium vault. Choose the key type RSA, another vault, or change this vault's pricing tier to Premium in the Azure portal first.</source>
            <translation>Tresor %1 ist ein Standard-Tresor; RSA-HSM-Schlüssel brauchen einen Premium-Tresor. Wählen Sie den Schlüsseltyp RSA oder einen anderen Tresor, oder ändern Sie zuerst im Azure-Portal den Tarif dieses Tresors auf Premium.</translation>
        </message>
        <message>
            <source>Key %1 is a %2 key; a customer-managed key must be RSA or RSA-HSM. Choose another key name.</source>
            <translation>Schlüssel %1 ist ein %2-Schlüssel; ein kundenseitig verwalteter Schlüssel muss RSA oder RSA-HSM sein. Wählen Sie einen anderen Schlüsselnamen.</translation>
        </message>
        <message>
            <source>Key %1 has %2 bits; a customer-managed key needs at least %3. Choose another key name; CMK Wizard creates a new key of 2048, 3072 or 4096 bits.</source>
            <translation>Schlüssel %1 hat %2 Bit; ein kundenseitig verwalteter Schlüssel braucht mindestens %3. Wählen Sie einen anderen Schlüsselnamen; CMK Wizard erstellt einen neuen Schlüssel mit 2048, 3072 oder 4096 Bit.</translation>
        </message>
        <message>
            <source>Key %1 exists as %2, not %3. Leave the key type empty to use it as it is, or choose another key name.</source>
            <translation>Schlüssel %1 existiert als %2, nicht als %3. Lassen Sie den Schlüsseltyp leer, um ihn so zu verwenden, wie er ist, oder wählen Sie einen anderen Schlüsselnamen.</translation>
        </message>
        <message>
            <source>Key %1 has %2 bits, fewer than the %3 you chose. Leave the key size empty to use it as it is, or choose another key name.</source>
            <translation>Schlüssel %1 hat %2 Bit, weniger als die gewählten %3. Lassen Sie die Schlüsselgröße leer, um ihn so zu verwenden, wie er ist, oder wählen Sie einen anderen Schlüsselnamen.</translation>
        </message>
        <message>
            <source>Key %1 is disabled. A disabled key may be how someone locked its users out on purpose, so CMK Wizard does not enable it: enable it in the vault, or choose another key name, and run this step again.</source>
            <translation>Schlüssel %1 ist deaktiviert. Ein deaktivierter Schlüssel kann bedeuten, dass jemand dessen Benutzer absichtlich ausgesperrt hat, daher aktiviert CMK Wizard ihn nicht: aktivieren Sie ihn im Tresor oder wählen Sie einen anderen Schlüsselnamen, und führen Sie diesen Schritt erneut aus.</translation>
        </message>
        <message>
            <source>Key %1 expired on %2. Choose another key name, or give the key a later expiry date in the vault.</source>
            <translation>Schlüssel %1 ist am %2 abgelaufen. Wählen Sie einen anderen Schlüsselnamen, oder geben Sie dem Schlüssel im Tresor ein späteres Ablaufdatum.</translation>
        </message>
        <message>
            <source>Key %1 is not active before %2. Choose another key name, or change its activation date in the vault.</source>
            <translation>Schlüssel %1 ist erst ab %2 aktiv. Wählen Sie einen anderen Schlüsselnamen, oder ändern Sie sein Aktivierungsdatum im Tresor.</translation>
        </message>
        <message>
            <source>Key %1 may not wrap and unwrap (its operations: %2), which a customer-managed key does. Choose another key name.</source>
            <translation>Schlüssel %1 erlaubt kein Packen und Entpacken (wrapKey, unwrapKey; seine Operationen: %2), was ein kundenseitig verwalteter Schlüssel aber braucht. Wählen Sie einen anderen Schlüsselnamen.</translation>
        </message>
        <message>
            <source>Customer-managed key for %1 (application %2), granted with CMK Wizard</source>
            <extracomment>Stored with the role assignment in Azure, where other administrators read it.</extracomment>
            <translation>Kundenseitig verwalteter Schlüssel für %1 (Anwendung %2), mit CMK Wizard gewährt</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>getrennt</translation>
        </message>
        <message>
            <source>in an unknown state</source>
            <translation>in einem unbekannten Zustand</translation>
        </message>
        <message>
            <source>The connection of private endpoint %1 to vault %2 is %3, and such a connection cannot be approved again. Ask the ISV to delete the endpoint and create it again, then run this step again.</source>
            <translation>Die Verbindung des privaten Endpunkts %1 zu Tresor %2 ist %3, und eine solche Verbindung kann nicht erneut genehmigt werden. Bitten Sie den ISV, den Endpunkt zu löschen und neu zu erstellen, und führen Sie diesen Schritt dann erneut aus.</translation>
        </message>
        <message>
            <source>Approved with CMK Wizard for %1's customer-managed key</source>
            <extracomment>Stored on the vault's private endpoint connection in Azure; the ISV sees it.</extracomment>
            <translation>Mit CMK Wizard für den kundenseitig verwalteten Schlüssel von %1 genehmigt</translation>
        </message>
        <message>
            <source>Application %1 in your tenant was published by tenant %2, but the hand-off comes from tenant %3. Check with the ISV before granting it anything.</source>
            <translation>Die Anwendung %1 in Ihrem Mandanten wurde von Mandant %2 veröffentlicht, die Übergabe stammt aber von Mandant %3. Klären Sie das mit dem ISV, bevor Sie ihr etwas gewähren.</translation>
        </message>
        <message>
            <source>Customer · Grant an ISV Access to My Key</source>
            <translation>Kunde · Einem ISV Zugriff auf meinen Schlüssel gewähren</translation>
        </message>
        <message>
            <source>Install the ISV's application in your tenant, prepare a key vault and an RSA key for a customer-managed key, grant the application that key alone, hand the key back to the ISV and approve its private endpoint.</source>
            <translation>Die Anwendung des ISV in Ihrem Mandanten installieren, einen Schlüsseltresor und einen RSA-Schlüssel als kundenseitig verwalteten Schlüssel vorbereiten, der Anwendung nur diesen Schlüssel gewähren, den Schlüssel an den ISV zurückgeben und dessen privaten Endpunkt genehmigen.</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 oder %2</translation>
        </message>
        <message>
            <source>Key %1 has %2 bits; this service accepts %3 bits. Choose another key name, and CMK Wizard creates one of the right size.</source>
            <translation>Schlüssel %1 hat %2 Bit; dieser Dienst akzeptiert %3 Bit. Wählen Sie einen anderen Schlüsselnamen, dann erstellt CMK Wizard einen Schlüssel in der richtigen Größe.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::DiskEncryptionSetStep</name>
        <message>
            <source>Create the disk encryption set with the customer's key</source>
            <translation>Den Datenträgerverschlüsselungssatz mit dem Schlüssel des Kunden erstellen</translation>
        </message>
        <message>
            <source>Contributor on the resource group and Managed Identity Operator on the identity</source>
            <translation>Contributor für die Ressourcengruppe und Managed Identity Operator für die Identität</translation>
        </message>
        <message>
            <source>Disk encryption set name</source>
            <translation>Name des Datenträgerverschlüsselungssatzes</translation>
        </message>
        <message>
            <source>The disk encryption set your disks will use, in the resource group and region above.</source>
            <translation>Der Datenträgerverschlüsselungssatz, den Ihre Datenträger verwenden werden, in der obigen Ressourcengruppe und Region.</translation>
        </message>
        <message>
            <source>%1 cannot name a disk encryption set: use 1-80 letters, digits, '_' and '-'.</source>
            <translation>%1 kann keinen Datenträgerverschlüsselungssatz benennen: verwenden Sie 1-80 Buchstaben, Ziffern, '_' und '-'.</translation>
        </message>
        <message>
            <source>Automatic key rotation</source>
            <translation>Automatische Schlüsselrotation</translation>
        </message>
        <message>
            <source>true: the disks follow new versions of the customer's key by themselves; false (the default): they keep this version.</source>
            <translation>true: die Datenträger folgen neuen Versionen des Kundenschlüssels von selbst; false (Standard): sie behalten diese Version.</translation>
        </message>
        <message>
            <source>%1 is not true or false.</source>
            <translation>%1 ist weder true noch false.</translation>
        </message>
        <message>
            <source>The key %1 has no version; a disk encryption set needs the key identifier of a version (it ends with 32 hexadecimal digits).</source>
            <translation>Der Schlüssel %1 hat keine Version; ein Datenträgerverschlüsselungssatz braucht den Schlüsselbezeichner einer Version (er endet mit 32 Hexadezimalziffern).</translation>
        </message>
        <message>
            <source>Create the disk encryption set %1 with the customer's key, through the managed identity and the application (federatedClientId).</source>
            <translation>Den Datenträgerverschlüsselungssatz %1 mit dem Schlüssel des Kunden erstellen, über die verwaltete Identität und die Anwendung (federatedClientId).</translation>
        </message>
        <message>
            <source>Azure refuses this until the customer has installed the application and granted it the key; right after the grant the wizard tries again for a few minutes while it propagates.</source>
            <translation>Azure lehnt dies ab, bis der Kunde die Anwendung installiert und ihr den Schlüssel gewährt hat; direkt nach der Berechtigung versucht es der Assistent einige Minuten lang erneut, während sie sich verbreitet.</translation>
        </message>
        <message>
            <source>Writing the disk encryption set %1…</source>
            <translation>Der Datenträgerverschlüsselungssatz %1 wird geschrieben…</translation>
        </message>
        <message>
            <source>the disk encryption set %1</source>
            <translation>der Datenträgerverschlüsselungssatz %1</translation>
        </message>
        <message>
            <source>Azure cannot use the customer's key yet (%1). A new service principal or grant takes a few minutes to reach every service; trying again in %2 s (attempt %3 of %4).</source>
            <translation>Azure kann den Schlüssel des Kunden noch nicht verwenden (%1). Bis ein neuer Dienstprinzipal oder eine neue Berechtigung jeden Dienst erreicht, dauert es einige Minuten; erneuter Versuch in %2 s (Versuch %3 von %4).</translation>
        </message>
        <message>
            <source>Creates the disk encryption set with the customer's versioned key URL, the user-assigned identity and the application ID as federatedClientId. Managed disks that use this set are encrypted with the key in the customer's tenant; a write refused only because the customer's grant has not reached Azure yet is tried again.</source>
            <translation>Erstellt den Datenträgerverschlüsselungssatz mit der versionierten Schlüssel-URL des Kunden, der benutzerseitig zugewiesenen Identität und der Anwendungs-ID als federatedClientId. Verwaltete Datenträger, die diesen Satz verwenden, werden mit dem Schlüssel im Mandanten des Kunden verschlüsselt; ein Schreibvorgang, der nur abgelehnt wird, weil die Berechtigung des Kunden Azure noch nicht erreicht hat, wird erneut versucht.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::DiskEncryptionSetVerifyStep</name>
        <message>
            <source>Verify the disk encryption set uses the customer's key</source>
            <translation>Prüfen, ob der Datenträgerverschlüsselungssatz den Schlüssel des Kunden verwendet</translation>
        </message>
        <message>
            <source>Reader on the disk encryption set</source>
            <translation>Reader für den Datenträgerverschlüsselungssatz</translation>
        </message>
        <message>
            <source>The disk encryption set %1 does not use the customer's key, identity and application as this track set them up; someone may have changed it since. Look at it in the Azure portal.</source>
            <translation>Der Datenträgerverschlüsselungssatz %1 verwendet Schlüssel des Kunden, Identität und Anwendung nicht so, wie dieser Ablauf sie eingerichtet hat; möglicherweise hat ihn seitdem jemand geändert. Sehen Sie ihn sich im Azure-Portal an.</translation>
        </message>
        <message>
            <source>Reads the disk encryption set: provisioned, with the customer's key, the identity and the application.</source>
            <translation>Liest den Datenträgerverschlüsselungssatz: bereitgestellt, mit dem Schlüssel des Kunden, der Identität und der Anwendung.</translation>
        </message>
        <message>
            <source>The disk encryption set %1 is %2, not Succeeded. Run the track again: a set whose last change failed is put again, as Azure advises; one still changing is waited for.</source>
            <translation>Der Datenträgerverschlüsselungssatz %1 ist %2, nicht Succeeded. Führen Sie den Ablauf erneut aus: ein Satz, dessen letzte Änderung fehlgeschlagen ist, wird erneut geschrieben, wie Azure es empfiehlt; auf einen, der sich noch ändert, wird gewartet.</translation>
        </message>
        <message>
            <source>Reads the disk encryption set back and checks that it finished provisioning with the customer's key and the application as its federated client. Only then can disks use the set.</source>
            <translation>Liest den Datenträgerverschlüsselungssatz zurück und prüft, ob seine Bereitstellung mit dem Schlüssel des Kunden und der Anwendung als Verbundclient abgeschlossen ist. Erst dann können Datenträger den Satz verwenden.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::EnterprisePolicyStep</name>
        <message>
            <source>Create the enterprise policy</source>
            <translation>Unternehmensrichtlinie erstellen</translation>
        </message>
        <message>
            <source>Contributor or Owner on the resource group</source>
            <translation>Contributor oder Owner für die Ressourcengruppe</translation>
        </message>
        <message>
            <source>Enterprise policy name</source>
            <translation>Name der Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>The name the Power Platform admin center shows, e.g. contoso-cmk-policy. An existing policy of this name is used when it names the same key.</source>
            <translation>Der Name, den das Power Platform Admin Center anzeigt, z. B. contoso-cmk-policy. Eine vorhandene Richtlinie mit diesem Namen wird verwendet, wenn sie denselben Schlüssel nennt.</translation>
        </message>
        <message>
            <source>Power Platform location</source>
            <translation>Power Platform-Standort</translation>
        </message>
        <message>
            <source>Where the environments are, e.g. europe or unitedstates: only environments in this location can use the policy.</source>
            <translation>Wo sich die Umgebungen befinden, z. B. europe oder unitedstates: Nur Umgebungen an diesem Standort können die Richtlinie verwenden.</translation>
        </message>
        <message>
            <source>Contributor or Owner on the resource group of the policy</source>
            <translation>Contributor oder Owner für die Ressourcengruppe der Richtlinie</translation>
        </message>
        <message>
            <source>an Owner of the resource group or subscription</source>
            <translation>ein Owner der Ressourcengruppe oder des Abonnements</translation>
        </message>
        <message>
            <source>The run has no policy name or key; run the track from step 1.</source>
            <translation>Der Lauf hat keinen Richtliniennamen oder Schlüssel; führen Sie den Ablauf ab Schritt 1 aus.</translation>
        </message>
        <message>
            <source>Enterprise policy %1 exists and names key %2 version %3 in %4, not the key of this run. CMK Wizard does not change a policy's key: environments would lock. Choose another policy name, or move the environments with the change-key track.</source>
            <translation>Die Unternehmensrichtlinie %1 existiert bereits und nennt Schlüssel %2 Version %3 in %4, nicht den Schlüssel dieses Laufs. CMK Wizard ändert den Schlüssel einer Richtlinie nicht: Die Umgebungen würden gesperrt. Wählen Sie einen anderen Richtliniennamen, oder verschieben Sie die Umgebungen mit dem Ablauf change-key.</translation>
        </message>
        <message>
            <source>Enterprise policy %1 exists in %2, not %3. Choose another policy name, or use location %2.</source>
            <translation>Die Unternehmensrichtlinie %1 existiert in %2, nicht in %3. Wählen Sie einen anderen Richtliniennamen, oder verwenden Sie den Standort %2.</translation>
        </message>
        <message>
            <source>The policy is planned once the vault and the key exist.</source>
            <translation>Die Richtlinie wird geplant, sobald der Tresor und der Schlüssel existieren.</translation>
        </message>
        <message>
            <source>Create the Encryption enterprise policy %1 in %2 for key %3 (this version). Azure gives it a managed identity, granted on the key in step 6.</source>
            <translation>Die Unternehmensrichtlinie %1 vom Typ Encryption in %2 für Schlüssel %3 (diese Version) erstellen. Azure gibt ihr eine verwaltete Identität, der in Schritt 6 Zugriff auf den Schlüssel gewährt wird.</translation>
        </message>
        <message>
            <source>Creating enterprise policy %1</source>
            <translation>Unternehmensrichtlinie %1 wird erstellt</translation>
        </message>
        <message>
            <source>During the preview a tenant may have two enterprise policies (Microsoft's how-to).</source>
            <translation>Während der Vorschau darf ein Mandant zwei Unternehmensrichtlinien haben (Anleitung von Microsoft).</translation>
        </message>
        <message>
            <source>Creates the Power Platform enterprise policy of kind Encryption in a Power Platform location, naming the key with its version; Azure gives the policy a managed identity that will use the key. An existing policy that names another key is left unchanged, because changing it would lock its environments.</source>
            <translation>Erstellt die Power Platform-Unternehmensrichtlinie vom Typ Encryption an einem Power Platform-Standort und nennt den Schlüssel mit seiner Version; Azure gibt der Richtlinie eine verwaltete Identität, die den Schlüssel verwenden wird. Eine vorhandene Richtlinie, die einen anderen Schlüssel nennt, bleibt unverändert, weil eine Änderung ihre Umgebungen sperren würde.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::EnvironmentLockStateStep</name>
        <message>
            <source>Prepare the support request that re-enables the environments</source>
            <translation>Supportanfrage vorbereiten, mit der die Umgebungen wieder aktiviert werden</translation>
        </message>
        <message>
            <source>anyone who can list the environments</source>
            <translation>jeder, der die Umgebungen auflisten kann</translation>
        </message>
        <message>
            <source>Check that the environments are locked</source>
            <translation>Prüfen, ob die Umgebungen gesperrt sind</translation>
        </message>
        <message>
            <source>Support request file</source>
            <translation>Datei für die Supportanfrage</translation>
        </message>
        <message>
            <source>Where to save the support request text as well (optional).</source>
            <translation>Wo der Text der Supportanfrage zusätzlich gespeichert werden soll (optional).</translation>
        </message>
        <message>
            <source>Lists the environments of policy %1 and writes the support request; nothing changes.</source>
            <translation>Listet die Umgebungen der Richtlinie %1 auf und schreibt die Supportanfrage; es wird nichts geändert.</translation>
        </message>
        <message>
            <source>Waits until the environments of policy %1 show as locked; nothing changes.</source>
            <translation>Wartet, bis die Umgebungen der Richtlinie %1 als gesperrt angezeigt werden; es wird nichts geändert.</translation>
        </message>
        <message>
            <source>Your sign-in cannot list environments (%1); check their state with a Power Platform administrator or support staff.</source>
            <translation>Mit Ihrer Anmeldung können keine Umgebungen aufgelistet werden (%1); prüfen Sie ihren Zustand zusammen mit einem Power Platform-Administrator oder dem Supportpersonal.</translation>
        </message>
        <message>
            <source>%1 of %2 environments show as locked so far.</source>
            <translation>%1 von %2 Umgebungen werden bisher als gesperrt angezeigt.</translation>
        </message>
        <message>
            <source>%1 of %2 environments locked; looking again in a moment.</source>
            <translation>%1 von %2 Umgebungen gesperrt; erneute Prüfung in Kürze.</translation>
        </message>
        <message>
            <source>Please unlock the following Power Platform environments. Access to their customer-managed key has been restored.</source>
            <translation>Bitte entsperren Sie die folgenden Power Platform-Umgebungen. Der Zugriff auf ihren kundenseitig verwalteten Schlüssel wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>Tenant: %1</source>
            <translation>Mandant: %1</translation>
        </message>
        <message>
            <source>Enterprise policy: %1</source>
            <translation>Unternehmensrichtlinie: %1</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>Schlüssel: %1</translation>
        </message>
        <message>
            <source>Key access restored: %1</source>
            <translation>Schlüsselzugriff wiederhergestellt: %1</translation>
        </message>
        <message>
            <source>Environments:</source>
            <translation>Umgebungen:</translation>
        </message>
        <message>
            <source>- %1 (%2, %3), locked since %4</source>
            <translation>- %1 (%2, %3), gesperrt seit %4</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>- every environment linked to the policy (this sign-in cannot list them: %1)</source>
            <translation>- jede mit der Richtlinie verknüpfte Umgebung (diese Anmeldung kann sie nicht auflisten: %1)</translation>
        </message>
        <message>
            <source>- none is locked now</source>
            <translation>- derzeit ist keine gesperrt</translation>
        </message>
        <message>
            <source>The support request could not be saved as %1 (%2).</source>
            <translation>Die Supportanfrage konnte nicht als %1 gespeichert werden (%2).</translation>
        </message>
        <message>
            <source>No environment was linked to the policy when the lock began; nothing to wait for.</source>
            <translation>Beim Beginn der Sperre war keine Umgebung mit der Richtlinie verknüpft; es gibt nichts abzuwarten.</translation>
        </message>
        <message>
            <source>Writes the request that asks Microsoft support to re-enable the locked environments: tenant, policy, key, when access was restored and each environment with its lock time. During the preview only Microsoft support can enable locked environments again, even after key access is restored.</source>
            <translation>Schreibt die Anfrage, mit der der Microsoft-Support gebeten wird, die gesperrten Umgebungen wieder zu aktivieren: Mandant, Richtlinie, Schlüssel, Zeitpunkt der Wiederherstellung des Zugriffs und jede Umgebung mit ihrem Sperrzeitpunkt. Während der Vorschau kann nur der Microsoft-Support gesperrte Umgebungen wieder aktivieren, auch nachdem der Schlüsselzugriff wiederhergestellt ist.</translation>
        </message>
        <message>
            <source>Waits until every environment found in the first step shows as locked. This confirms that the revocation reached the Power Platform; nothing is changed.</source>
            <translation>Wartet, bis jede im ersten Schritt gefundene Umgebung als gesperrt angezeigt wird. Das bestätigt, dass der Entzug die Power Platform erreicht hat; es wird nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::FederatedCredentialStep</name>
        <message>
            <source>Add the federated credential (Customer Managed Keys)</source>
            <translation>Die Verbundanmeldeinformation hinzufügen (kundenseitig verwaltete Schlüssel)</translation>
        </message>
        <message>
            <source>Owner of the application, or Application Administrator</source>
            <translation>Besitzer der Anwendung oder Anwendungsadministrator</translation>
        </message>
        <message>
            <source>Federated credential name</source>
            <translation>Name der Verbundanmeldeinformation</translation>
        </message>
        <message>
            <source>Leave empty for cmk-{identity name}. Unique on the application; it cannot be renamed later.</source>
            <translation>Leer lassen für cmk-{Name der Identität}. Eindeutig innerhalb der Anwendung; kann später nicht umbenannt werden.</translation>
        </message>
        <message>
            <source>%1 cannot name a federated credential: use 1-120 letters, digits, '-', '_' and '.', not starting with '.'.</source>
            <translation>%1 kann keine Verbundanmeldeinformation benennen: verwenden Sie 1-120 Buchstaben, Ziffern, '-', '_' und '.', nicht mit '.' beginnend.</translation>
        </message>
        <message>
            <source>The issuer is %1; it must be exactly %2, the ISV tenant's v2.0 issuer.</source>
            <translation>Der Aussteller ist %1; er muss genau %2 sein, der v2.0-Aussteller des ISV-Mandanten.</translation>
        </message>
        <message>
            <source>The subject %1 differs from the identity's principal ID %2 in letter case only; Entra ID compares it exactly.</source>
            <translation>Der Antragsteller %1 unterscheidet sich von der Prinzipal-ID %2 der Identität nur in der Groß-/Kleinschreibung; Entra ID vergleicht ihn exakt.</translation>
        </message>
        <message>
            <source>The subject is %1; it must be the managed identity's principal ID %2 (not its client ID or resource ID).</source>
            <translation>Der Antragsteller ist %1; er muss die Prinzipal-ID %2 der verwalteten Identität sein (nicht ihre Client-ID oder Ressourcen-ID).</translation>
        </message>
        <message>
            <source>The audiences are %1; there must be exactly one, %2.</source>
            <translation>Die Zielgruppen sind %1; es muss genau eine sein, %2.</translation>
        </message>
        <message>
            <source>The issuer %1 is not {authority}/{ISV tenant}/v2.0; check the cloud profile's authority host.</source>
            <translation>Der Aussteller %1 hat nicht die Form {Autorität}/{ISV-Mandant}/v2.0; prüfen Sie den Autoritätshost im Cloud-Profil.</translation>
        </message>
        <message>
            <source>The subject %1 is not the identity's principal ID as Azure reports it (a lower-case GUID).</source>
            <translation>Der Antragsteller %1 ist nicht die Prinzipal-ID der Identität, wie Azure sie meldet (eine GUID in Kleinbuchstaben).</translation>
        </message>
        <message>
            <source>The cloud profile names no token-exchange audience (federatedCredentialAudience), such as api://AzureADTokenExchange.</source>
            <translation>Das Cloud-Profil nennt keine Tokenaustausch-Zielgruppe (federatedCredentialAudience), etwa api://AzureADTokenExchange.</translation>
        </message>
        <message>
            <source>it is not there.</source>
            <translation>sie ist nicht vorhanden.</translation>
        </message>
        <message>
            <source>The federated credential %1 was written, but reading it back: %2</source>
            <translation>Die Verbundanmeldeinformation %1 wurde geschrieben, aber beim erneuten Lesen: %2</translation>
        </message>
        <message>
            <source>The application's credential %1 already uses this issuer and subject, but %2 Fix or delete it (Entra ID → App registrations → Certificates &amp; secrets → Federated credentials), then run the track again.</source>
            <translation>Die Anmeldeinformation %1 der Anwendung verwendet bereits diesen Aussteller und Antragsteller, aber %2 Korrigieren oder löschen Sie sie (Entra ID → App-Registrierungen → Zertifikate &amp; Geheimnisse → Verbundanmeldeinformationen), und führen Sie den Ablauf dann erneut aus.</translation>
        </message>
        <message>
            <source>The application already has 20 federated credentials, the most Entra ID allows; delete one it no longer needs, then run the track again.</source>
            <translation>Die Anwendung hat bereits 20 Verbundanmeldeinformationen, das Maximum in Entra ID; löschen Sie eine nicht mehr benötigte, und führen Sie den Ablauf dann erneut aus.</translation>
        </message>
        <message>
            <source>The federated credential %1 exists but is not right; it will be corrected: %2</source>
            <translation>Die Verbundanmeldeinformation %1 existiert, ist aber nicht korrekt; sie wird korrigiert: %2</translation>
        </message>
        <message>
            <source>Let the managed identity act as the application (Prefer: create-if-missing: created, or corrected when it exists).</source>
            <translation>Der verwalteten Identität erlauben, als die Anwendung zu handeln (Prefer: create-if-missing: wird erstellt oder, wenn vorhanden, korrigiert).</translation>
        </message>
        <message>
            <source>The application is not visible to Microsoft Graph yet (%1); new objects take a moment to replicate. Trying again in %2 s.</source>
            <translation>Die Anwendung ist für Microsoft Graph noch nicht sichtbar (%1); neue Objekte brauchen einen Moment für die Replikation. Erneuter Versuch in %2 s.</translation>
        </message>
        <message>
            <source>Entra ID stored the federated credential %1 differently: %2</source>
            <translation>Entra ID hat die Verbundanmeldeinformation %1 anders gespeichert: %2</translation>
        </message>
        <message>
            <source>Adds a federated credential for the Customer Managed Keys scenario to the application: issued by your tenant for the managed identity's principal ID, with the token exchange as audience. The identity can then sign in as the application without a client secret, so there is no secret to store or rotate.</source>
            <translation>Fügt der Anwendung eine Verbundanmeldeinformation für das Szenario „Customer Managed Keys“ hinzu: ausgestellt von Ihrem Mandanten für die Prinzipal-ID der verwalteten Identität, mit dem Tokenaustausch als Zielgruppe. Die Identität kann sich dann ohne geheimen Clientschlüssel als die Anwendung anmelden, sodass kein Geheimnis gespeichert oder rotiert werden muss.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::GrantKeyAccessStep</name>
        <message>
            <source>Owner, User Access Administrator or Role Based Access Control Administrator (Azure RBAC vaults); Owner, Contributor or Key Vault Contributor (access-policy vaults)</source>
            <translation>Owner, User Access Administrator oder Role Based Access Control Administrator (Tresore mit Azure RBAC); Owner, Contributor oder Key Vault Contributor (Tresore mit Zugriffsrichtlinien)</translation>
        </message>
        <message>
            <source>The grant is planned once step 2 has found the application's service principal.</source>
            <translation>Die Berechtigung wird geplant, sobald Schritt 2 den Dienstprinzipal der Anwendung gefunden hat.</translation>
        </message>
        <message>
            <source>Add an access policy entry for %1's service principal with the key permissions get, wrapKey and unwrapKey.</source>
            <translation>Einen Eintrag in der Zugriffsrichtlinie für den Dienstprinzipal von %1 mit den Schlüsselberechtigungen get, wrapKey und unwrapKey hinzufügen.</translation>
        </message>
        <message>
            <source>Access policies apply to every key in vault %1; a vault that uses Azure RBAC can grant a single key.</source>
            <translation>Zugriffsrichtlinien gelten für jeden Schlüssel in Tresor %1; ein Tresor mit Azure RBAC kann einen einzelnen Schlüssel freigeben.</translation>
        </message>
        <message>
            <source>Grant %1's service principal Key Vault Crypto Service Encryption User on key %2 only: get, wrapKey and unwrapKey, nothing else in the vault.</source>
            <translation>Dem Dienstprinzipal von %1 Key Vault Crypto Service Encryption User nur für Schlüssel %2 gewähren: get, wrapKey und unwrapKey, sonst nichts im Tresor.</translation>
        </message>
        <message numerus="yes">
            <source>A service principal created a moment ago takes a few minutes to reach Azure role assignments; CMK Wizard then tries again up to %n time(s).</source>
            <translation>
                <numerusform>Ein gerade erstellter Dienstprinzipal braucht einige Minuten, bis er für Azure-Rollenzuweisungen sichtbar ist; CMK Wizard versucht es dann bis zu %n Mal erneut.</numerusform>
                <numerusform>Ein gerade erstellter Dienstprinzipal braucht einige Minuten, bis er für Azure-Rollenzuweisungen sichtbar ist; CMK Wizard versucht es dann bis zu %n Mal erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>Adding the access policy entry for %1</source>
            <translation>Eintrag in der Zugriffsrichtlinie für %1 wird hinzugefügt</translation>
        </message>
        <message>
            <source>Granting Key Vault Crypto Service Encryption User on key %1</source>
            <translation>Key Vault Crypto Service Encryption User wird für Schlüssel %1 gewährt</translation>
        </message>
        <message numerus="yes">
            <source>Azure does not see %1's service principal %2 yet (PrincipalNotFound): a new service principal takes a few minutes to reach Azure role assignments. Trying again in %n second(s), attempt %3 of %4.</source>
            <translation>
                <numerusform>Azure sieht den Dienstprinzipal %2 von %1 noch nicht (PrincipalNotFound): ein neuer Dienstprinzipal braucht einige Minuten, bis er für Azure-Rollenzuweisungen sichtbar ist. Erneuter Versuch in %n Sekunde, Versuch %3 von %4.</numerusform>
                <numerusform>Azure sieht den Dienstprinzipal %2 von %1 noch nicht (PrincipalNotFound): ein neuer Dienstprinzipal braucht einige Minuten, bis er für Azure-Rollenzuweisungen sichtbar ist. Erneuter Versuch in %n Sekunden, Versuch %3 von %4.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is no longer installed in your tenant (its service principal was deleted, or consent was revoked). Run the track again from step 2.</source>
            <translation>%1 ist in Ihrem Mandanten nicht mehr installiert (der Dienstprinzipal wurde gelöscht oder die Einwilligung widerrufen). Führen Sie den Ablauf ab Schritt 2 erneut aus.</translation>
        </message>
        <message>
            <source>Grant the ISV's application access to the key</source>
            <translation>Der Anwendung des ISV Zugriff auf den Schlüssel gewähren</translation>
        </message>
        <message>
            <source>Gives the ISV's service principal get, wrapKey and unwrapKey on this key alone: the Key Vault Crypto Service Encryption User role on the key (Azure RBAC vaults) or an access policy entry (access-policy vaults). Without it the ISV's service cannot use your key; a principal Azure does not see yet is tried again with growing waits.</source>
            <translation>Gewährt dem Dienstprinzipal des ISV get, wrapKey und unwrapKey nur für diesen Schlüssel: die Rolle Key Vault Crypto Service Encryption User für den Schlüssel (Tresore mit Azure RBAC) oder einen Eintrag in der Zugriffsrichtlinie (Tresore mit Zugriffsrichtlinien). Ohne sie kann der Dienst des ISV Ihren Schlüssel nicht verwenden; für einen Prinzipal, den Azure noch nicht sieht, wird es in wachsenden Abständen erneut versucht.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::HandoffBackStep</name>
        <message>
            <source>Customer key vault administrator</source>
            <translation>Schlüsseltresor-Administrator des Kunden</translation>
        </message>
        <message>
            <source>Hand-off file for the ISV</source>
            <translation>Übergabedatei für den ISV</translation>
        </message>
        <message>
            <source>Where to save the file you send the ISV (customer-to-isv), such as contoso-handoff.json.</source>
            <translation>Wo die Datei gespeichert werden soll, die Sie dem ISV senden (customer-to-isv), etwa contoso-handoff.json.</translation>
        </message>
        <message>
            <source>The hand-off for the ISV would overwrite the ISV's own hand-off %1; choose another file name.</source>
            <translation>Die Übergabe für den ISV würde die eigene Übergabe %1 des ISV überschreiben; wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>Saves the hand-off for the ISV as %1: key %2, vault %3, your tenant %4, region %5, granted with %6. It carries no secret; send it to the ISV.</source>
            <translation>Speichert die Übergabe für den ISV als %1: Schlüssel %2, Tresor %3, Ihr Mandant %4, Region %5, berechtigt über %6. Sie enthält kein Geheimnis; senden Sie sie an den ISV.</translation>
        </message>
        <message>
            <source>Key %1 is ready, and %2 may use it (%3).</source>
            <translation>Schlüssel %1 ist bereit, und %2 darf ihn verwenden (%3).</translation>
        </message>
        <message>
            <source>Create private endpoint %1 to vault %2 now; it is approved as soon as it arrives.</source>
            <translation>Erstellen Sie jetzt den privaten Endpunkt %1 zu Tresor %2; er wird genehmigt, sobald er eintrifft.</translation>
        </message>
        <message>
            <source>The hand-off for the ISV cannot be made: %1</source>
            <translation>Die Übergabe für den ISV kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>The hand-off for the ISV could not be saved as %1 (%2); choose another file.</source>
            <translation>Die Übergabe für den ISV konnte nicht als %1 gespeichert werden (%2); wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>Saved the hand-off for the ISV as %1</source>
            <translation>Übergabe für den ISV gespeichert als %1</translation>
        </message>
        <message>
            <source>Hand the key back to the ISV</source>
            <translation>Den Schlüssel an den ISV übergeben</translation>
        </message>
        <message>
            <source>Writes the hand-off file back to the ISV: the key URL with its version, the key vault's resource ID, your tenant, the region and how access was granted. The ISV needs these to encrypt its resource with your key; the file holds no secrets.</source>
            <translation>Schreibt die Übergabedatei zurück an den ISV: die Schlüssel-URL mit ihrer Version, die Ressourcen-ID des Schlüsseltresors, Ihren Mandanten, die Region und wie der Zugriff gewährt wurde. Der ISV braucht diese Angaben, um seine Ressource mit Ihrem Schlüssel zu verschlüsseln; die Datei enthält keine Geheimnisse.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::HandoffStep</name>
        <message>
            <source>Hand off to the customer</source>
            <translation>An den Kunden übergeben</translation>
        </message>
        <message>
            <source>ISV onboarding engineer</source>
            <translation>ISV-Onboarding-Ingenieur</translation>
        </message>
        <message>
            <source>The customer's hand-off %1 cannot be read: %2.</source>
            <translation>Die Übergabe %1 des Kunden kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>The customer's hand-off %1: %2</source>
            <translation>Die Übergabe %1 des Kunden: %2</translation>
        </message>
        <message>
            <source>Hand-off file for the customer</source>
            <translation>Übergabedatei für den Kunden</translation>
        </message>
        <message>
            <source>Where to write the file the customer's key vault administrator needs (optional).</source>
            <translation>Wohin die Datei geschrieben werden soll, die der Schlüsseltresor-Administrator des Kunden braucht (optional).</translation>
        </message>
        <message>
            <source>The hand-off cannot be written to %1: its folder does not exist.</source>
            <translation>Die Übergabe kann nicht nach %1 geschrieben werden: der Ordner existiert nicht.</translation>
        </message>
        <message>
            <source>The customer's hand-off file</source>
            <translation>Die Übergabedatei des Kunden</translation>
        </message>
        <message>
            <source>The file the customer sent back, with their tenant, key and vault. Leave empty until it arrives.</source>
            <translation>Die Datei, die der Kunde zurückgesendet hat, mit seinem Mandanten, Schlüssel und Tresor. Leer lassen, bis sie eintrifft.</translation>
        </message>
        <message>
            <source>Customer tenant ID</source>
            <translation>Mandanten-ID des Kunden</translation>
        </message>
        <message>
            <source>The customer's tenant, where the key is; usually taken from their hand-off file.</source>
            <translation>Der Mandant des Kunden, in dem der Schlüssel liegt; meist aus seiner Übergabedatei übernommen.</translation>
        </message>
        <message>
            <source>Customer key vault</source>
            <translation>Schlüsseltresor des Kunden</translation>
        </message>
        <message>
            <source>The resource ID of the customer's key vault; usually taken from their hand-off file.</source>
            <translation>Die Ressourcen-ID des Schlüsseltresors des Kunden; meist aus seiner Übergabedatei übernommen.</translation>
        </message>
        <message>
            <source>%1 is a %2, not a key vault; paste the vault's resource ID (Properties of the key vault).</source>
            <translation>%1 ist vom Typ %2, kein Schlüsseltresor; fügen Sie die Ressourcen-ID des Tresors ein (Eigenschaften des Schlüsseltresors).</translation>
        </message>
        <message>
            <source>Customer key</source>
            <translation>Schlüssel des Kunden</translation>
        </message>
        <message>
            <source>The key identifier (with its version) from the customer; usually taken from their hand-off file.</source>
            <translation>Der Schlüsselbezeichner (mit seiner Version) vom Kunden; meist aus seiner Übergabedatei übernommen.</translation>
        </message>
        <message>
            <source>The key %1 has no version; a disk encryption set needs the key identifier of a version (it ends with 32 hexadecimal digits).</source>
            <translation>Der Schlüssel %1 hat keine Version; ein Datenträgerverschlüsselungssatz braucht den Schlüsselbezeichner einer Version (er endet mit 32 Hexadezimalziffern).</translation>
        </message>
        <message>
            <source>The key %1 has no version; a disk encryption set needs the key identifier of a version.</source>
            <translation>Der Schlüssel %1 hat keine Version; ein Datenträgerverschlüsselungssatz braucht den Schlüsselbezeichner einer Version.</translation>
        </message>
        <message>
            <source>The key %1 is in the vault %2, but the vault's resource ID names %3.</source>
            <translation>Der Schlüssel %1 liegt im Tresor %2, aber die Ressourcen-ID des Tresors nennt %3.</translation>
        </message>
        <message>
            <source>The customer's tenant %1 is your own tenant. A cross-tenant key lives in the customer's tenant; for a key in your own tenant, follow the single-tenant how-to.</source>
            <translation>Der Mandant %1 des Kunden ist Ihr eigener Mandant. Ein mandantenübergreifender Schlüssel liegt im Mandanten des Kunden; für einen Schlüssel in Ihrem eigenen Mandanten folgen Sie der Anleitung für einen einzelnen Mandanten.</translation>
        </message>
        <message>
            <source>The customer's hand-off gives %1 as %2, but the run already has %3; remove one of them.</source>
            <extracomment>%1 value key, %2 and %3 its values</extracomment>
            <translation>Die Übergabe des Kunden gibt %1 als %2 an, der Ablauf hat aber bereits %3; entfernen Sie einen der beiden Werte.</translation>
        </message>
        <message>
            <source>The customer's key vault is in %1, but the disk encryption set would be in %2: a disk encryption set must be in its key vault's region. Set the region to %1, or ask the customer for a vault in %2.</source>
            <extracomment>%1 and %2 are regions</extracomment>
            <translation>Der Schlüsseltresor des Kunden liegt in %1, der Datenträgerverschlüsselungssatz läge aber in %2: ein Datenträgerverschlüsselungssatz muss in der Region seines Schlüsseltresors liegen. Setzen Sie die Region auf %1, oder bitten Sie den Kunden um einen Tresor in %2.</translation>
        </message>
        <message>
            <source>Please install our application, create the key, grant the application Key Vault Crypto Service Encryption User on it, and send us your hand-off file. Then approve the private endpoint named here on your key vault.</source>
            <translation>Bitte installieren Sie unsere Anwendung, erstellen Sie den Schlüssel, gewähren Sie der Anwendung darauf Key Vault Crypto Service Encryption User, und senden Sie uns Ihre Übergabedatei. Genehmigen Sie dann den hier genannten privaten Endpunkt an Ihrem Schlüsseltresor.</translation>
        </message>
        <message>
            <source>Please install our application, create the key, grant the application Key Vault Crypto Service Encryption User on it, and send us your hand-off file.</source>
            <translation>Bitte installieren Sie unsere Anwendung, erstellen Sie den Schlüssel, gewähren Sie der Anwendung darauf Key Vault Crypto Service Encryption User, und senden Sie uns Ihre Übergabedatei.</translation>
        </message>
        <message>
            <source>Prepares the hand-off for the customer: tenant, application, admin-consent link and what to grant.</source>
            <translation>Bereitet die Übergabe für den Kunden vor: Mandant, Anwendung, Link zur Administratoreinwilligung und was zu gewähren ist.</translation>
        </message>
        <message>
            <source>Writes the hand-off for the customer to %1: tenant, application, admin-consent link and what to grant.</source>
            <translation>Schreibt die Übergabe für den Kunden nach %1: Mandant, Anwendung, Link zur Administratoreinwilligung und was zu gewähren ist.</translation>
        </message>
        <message>
            <source>It names the private endpoint %1, which this track creates next and the customer approves.</source>
            <translation>Sie nennt den privaten Endpunkt %1, den dieser Ablauf als Nächstes erstellt und den der Kunde genehmigt.</translation>
        </message>
        <message>
            <source>Nothing changes in Azure here. The track continues once the customer's hand-off (their tenant, key and vault) is given as handoff.in.</source>
            <translation>Hier ändert sich nichts in Azure. Der Ablauf geht weiter, sobald die Übergabe des Kunden (sein Mandant, Schlüssel und Tresor) als handoff.in angegeben ist.</translation>
        </message>
        <message>
            <source>The hand-off could not be written to %1: %2.</source>
            <translation>Die Übergabe konnte nicht nach %1 geschrieben werden: %2.</translation>
        </message>
        <message>
            <source>the hand-off</source>
            <translation>die Übergabe</translation>
        </message>
        <message>
            <source>Waiting for the customer. Send %1 to the customer's key vault administrator: they install the application (admin consent: %2), create the key, grant the application access to it and send back their hand-off file; then they approve the private endpoint this track creates. Run the track again with their file as handoff.in to continue.</source>
            <translation>Warten auf den Kunden. Senden Sie %1 an den Schlüsseltresor-Administrator des Kunden: er installiert die Anwendung (Administratoreinwilligung: %2), erstellt den Schlüssel, gewährt der Anwendung Zugriff darauf und sendet seine Übergabedatei zurück; dann genehmigt er den privaten Endpunkt, den dieser Ablauf erstellt. Führen Sie den Ablauf mit seiner Datei als handoff.in erneut aus, um fortzufahren.</translation>
        </message>
        <message>
            <source>Waiting for the customer. Send %1 to the customer's key vault administrator: they install the application (admin consent: %2), create the key, grant the application access to it and send back their hand-off file. Run the track again with their file as handoff.in to continue.</source>
            <translation>Warten auf den Kunden. Senden Sie %1 an den Schlüsseltresor-Administrator des Kunden: er installiert die Anwendung (Administratoreinwilligung: %2), erstellt den Schlüssel, gewährt der Anwendung Zugriff darauf und sendet seine Übergabedatei zurück. Führen Sie den Ablauf mit seiner Datei als handoff.in erneut aus, um fortzufahren.</translation>
        </message>
        <message>
            <source>Writes the hand-off file for the customer: your tenant, the application ID, the admin-consent link, what to grant and the private endpoint they will approve. The run waits here until the customer's reply names their key vault and key URL; run the track again with that file to continue.</source>
            <translation>Schreibt die Übergabedatei für den Kunden: Ihren Mandanten, die Anwendungs-ID, den Link zur Administratoreinwilligung, was zu gewähren ist, und den privaten Endpunkt, den er genehmigen wird. Der Lauf wartet hier, bis die Antwort des Kunden seinen Schlüsseltresor und die Schlüssel-URL nennt; führen Sie den Ablauf mit dieser Datei erneut aus, um fortzufahren.</translation>
        </message>
        <message>
            <source>Writes the hand-off file for the customer: your tenant, the application ID, the admin-consent link and what to grant. The run waits here until the customer's reply names a versioned key URL in a key vault of this region; run the track again with that file to continue.</source>
            <translation>Schreibt die Übergabedatei für den Kunden: Ihren Mandanten, die Anwendungs-ID, den Link zur Administratoreinwilligung und was zu gewähren ist. Der Lauf wartet hier, bis die Antwort des Kunden eine versionierte Schlüssel-URL in einem Schlüsseltresor dieser Region nennt; führen Sie den Ablauf mit dieser Datei erneut aus, um fortzufahren.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::ImportHandoffStep</name>
        <message>
            <source>Customer key vault administrator</source>
            <translation>Schlüsseltresor-Administrator des Kunden</translation>
        </message>
        <message>
            <source>ISV's hand-off file</source>
            <translation>Übergabedatei des ISV</translation>
        </message>
        <message>
            <source>The file the ISV's onboarding engineer exported for you (isv-to-customer).</source>
            <translation>Die Datei, die der Onboarding-Ingenieur des ISV für Sie exportiert hat (isv-to-customer).</translation>
        </message>
        <message>
            <source>Reads the hand-off %1; nothing is sent.</source>
            <translation>Liest die Übergabe %1; es wird nichts gesendet.</translation>
        </message>
        <message>
            <source>Import the ISV's hand-off</source>
            <translation>Die Übergabe des ISV importieren</translation>
        </message>
        <message>
            <source>Reads the ISV's hand-off file and checks its checksum, its direction and every value before using it. The file names the ISV's tenant, application ID and admin-consent link and, for Azure NetApp Files, the private endpoint to expect; nothing is sent to Azure in this step.</source>
            <translation>Liest die Übergabedatei des ISV und prüft ihre Prüfsumme, ihre Richtung und jeden Wert, bevor sie verwendet wird. Die Datei nennt den Mandanten des ISV, die Anwendungs-ID und den Link zur Administratoreinwilligung sowie für Azure NetApp Files den zu erwartenden privaten Endpunkt; in diesem Schritt wird nichts an Azure gesendet.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::IsvStep</name>
        <message>
            <source>ISV subscription</source>
            <translation>ISV-Abonnement</translation>
        </message>
        <message>
            <source>The ID of the subscription that holds the ISV's resources (Subscriptions in the Azure portal).</source>
            <translation>Die ID des Abonnements, das die Ressourcen des ISV enthält (Abonnements im Azure-Portal).</translation>
        </message>
        <message>
            <source>Resource group</source>
            <translation>Ressourcengruppe</translation>
        </message>
        <message>
            <source>The resource group for the identity and the encrypted resources, in the ISV subscription.</source>
            <translation>Die Ressourcengruppe für die Identität und die verschlüsselten Ressourcen im ISV-Abonnement.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>The Azure region of the resources, for example westeurope or West Europe.</source>
            <translation>Die Azure-Region der Ressourcen, zum Beispiel westeurope oder West Europe.</translation>
        </message>
        <message>
            <source>Subnet for the private endpoint</source>
            <translation>Subnetz für den privaten Endpunkt</translation>
        </message>
        <message>
            <source>The resource ID of a subnet in the volumes' virtual network that is not delegated to Microsoft.NetApp/volumes (Virtual networks → Subnets → the subnet's ID).</source>
            <translation>Die Ressourcen-ID eines Subnetzes im virtuellen Netzwerk der Volumes, das nicht an Microsoft.NetApp/volumes delegiert ist (Virtuelle Netzwerke → Subnetze → ID des Subnetzes).</translation>
        </message>
        <message>
            <source>%1 is a %2, not a subnet; paste the resource ID of a subnet (…/virtualNetworks/{network}/subnets/{subnet}).</source>
            <translation>%1 ist vom Typ %2, kein Subnetz; fügen Sie die Ressourcen-ID eines Subnetzes ein (…/virtualNetworks/{Netzwerk}/subnets/{Subnetz}).</translation>
        </message>
        <message>
            <source>Values written as $(name) are known once the step that makes them has run.</source>
            <translation>Werte in der Form $(name) sind bekannt, sobald der Schritt gelaufen ist, der sie erzeugt.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::IsvTracks</name>
        <message>
            <source>ISV · NetApp Files</source>
            <translation>ISV · NetApp Files</translation>
        </message>
        <message>
            <source>Encrypt an Azure NetApp Files account in your tenant with a key in your customer's tenant: application, identity, federated credential, a private endpoint to their key vault, and the account's encryption.</source>
            <translation>Ein Azure NetApp Files-Konto in Ihrem Mandanten mit einem Schlüssel im Mandanten Ihres Kunden verschlüsseln: Anwendung, Identität, Verbundanmeldeinformation, ein privater Endpunkt zu dessen Schlüsseltresor und die Verschlüsselung des Kontos.</translation>
        </message>
        <message>
            <source>ISV · Managed disks</source>
            <translation>ISV · Verwaltete Datenträger</translation>
        </message>
        <message>
            <source>Encrypt managed disks in your tenant with a key in your customer's tenant: preview feature, application, identity, federated credential, and a disk encryption set with the customer's key.</source>
            <translation>Verwaltete Datenträger in Ihrem Mandanten mit einem Schlüssel im Mandanten Ihres Kunden verschlüsseln: Vorschaufeature, Anwendung, Identität, Verbundanmeldeinformation und ein Datenträgerverschlüsselungssatz mit dem Schlüssel des Kunden.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::KeyStep</name>
        <message>
            <source>Key Vault Crypto Officer or Key Vault Administrator (Azure RBAC vaults), or an access policy with key create (access-policy vaults)</source>
            <translation>Key Vault Crypto Officer oder Key Vault Administrator (Tresore mit Azure RBAC) oder eine Zugriffsrichtlinie mit der Schlüsselberechtigung create (Tresore mit Zugriffsrichtlinien)</translation>
        </message>
        <message>
            <source>Key name</source>
            <translation>Schlüsselname</translation>
        </message>
        <message>
            <source>An existing key to use as it is, or the name of a new one: letters, digits and hyphens.</source>
            <translation>Ein vorhandener Schlüssel, der unverändert verwendet wird, oder der Name eines neuen: Buchstaben, Ziffern und Bindestriche.</translation>
        </message>
        <message>
            <source>Key type</source>
            <translation>Schlüsseltyp</translation>
        </message>
        <message>
            <source>RSA, or RSA-HSM (needs a Premium vault). Empty: RSA for a new key, any of the two for an existing one.</source>
            <translation>RSA oder RSA-HSM (braucht einen Premium-Tresor). Leer: RSA für einen neuen Schlüssel, einer der beiden für einen vorhandenen.</translation>
        </message>
        <message>
            <source>"%1" is not a key type for a customer-managed key; use RSA or RSA-HSM.</source>
            <translation>„%1“ ist kein Schlüsseltyp für einen kundenseitig verwalteten Schlüssel; verwenden Sie RSA oder RSA-HSM.</translation>
        </message>
        <message>
            <source>Key size</source>
            <translation>Schlüsselgröße</translation>
        </message>
        <message>
            <source>The key is created in the vault's data plane once step 3 has the vault.</source>
            <translation>Der Schlüssel wird auf der Datenebene des Tresors erstellt, sobald Schritt 3 den Tresor bereitgestellt hat.</translation>
        </message>
        <message>
            <source>Create key %1 (%2, %3 bits), allowed only to wrap and unwrap. It is created once; a key that exists is used as it is.</source>
            <translation>Schlüssel %1 erstellen (%2, %3 Bit), nur zum Packen und Entpacken (wrapKey, unwrapKey) zugelassen. Er wird einmal erstellt; ein vorhandener Schlüssel wird unverändert verwendet.</translation>
        </message>
        <message>
            <source>Creating key %1</source>
            <translation>Schlüssel %1 wird erstellt</translation>
        </message>
        <message>
            <source>Create or check the key</source>
            <translation>Schlüssel erstellen oder prüfen</translation>
        </message>
        <message>
            <source>%1 bits. Empty: 2048 for a new key.</source>
            <translation>%1 Bit. Leer: 2048 für einen neuen Schlüssel.</translation>
        </message>
        <message>
            <source>"%1" is not a number of bits; use %2.</source>
            <translation>„%1“ ist keine Bitanzahl; verwenden Sie %2.</translation>
        </message>
        <message>
            <source>A customer-managed key needs at least %1 bits; %2 is too small. Use %3.</source>
            <translation>Ein kundenseitig verwalteter Schlüssel braucht mindestens %1 Bit; %2 ist zu klein. Verwenden Sie %3.</translation>
        </message>
        <message>
            <source>Use a key of %1 bits here, not %2.</source>
            <translation>Verwenden Sie hier einen Schlüssel mit %1 Bit, nicht %2.</translation>
        </message>
        <message>
            <source>Creates an RSA or RSA-HSM key of %1 bits in the vault, or uses the existing key of that name. An existing key of another type or size is refused rather than replaced, because data may already be encrypted with it.</source>
            <translation>Erstellt einen RSA- oder RSA-HSM-Schlüssel mit %1 Bit im Tresor oder verwendet den vorhandenen Schlüssel dieses Namens. Ein vorhandener Schlüssel eines anderen Typs oder einer anderen Größe wird abgelehnt statt ersetzt, weil bereits Daten damit verschlüsselt sein können.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::KeyVaultStep</name>
        <message>
            <source>Owner, Contributor or Key Vault Contributor on the resource group</source>
            <translation>Owner, Contributor oder Key Vault Contributor für die Ressourcengruppe</translation>
        </message>
        <message>
            <source>Subscription ID</source>
            <translation>Abonnement-ID</translation>
        </message>
        <message>
            <source>The subscription of your tenant that holds (or will hold) the key vault.</source>
            <translation>Das Abonnement Ihres Mandanten, das den Schlüsseltresor enthält (oder enthalten wird).</translation>
        </message>
        <message>
            <source>Resource group</source>
            <translation>Ressourcengruppe</translation>
        </message>
        <message>
            <source>An existing resource group for the key vault.</source>
            <translation>Eine vorhandene Ressourcengruppe für den Schlüsseltresor.</translation>
        </message>
        <message>
            <source>Key vault name</source>
            <translation>Name des Schlüsseltresors</translation>
        </message>
        <message>
            <source>An existing vault, or the name of a new one: 3-24 letters, digits and hyphens, unique across Azure.</source>
            <translation>Ein vorhandener Tresor oder der Name eines neuen: 3-24 Buchstaben, Ziffern und Bindestriche, in ganz Azure eindeutig.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Where a new vault goes. Empty: the ISV's region from the hand-off, else the resource group's. Managed disks need the vault in their region.</source>
            <translation>Wo ein neuer Tresor angelegt wird. Leer: die Region des ISV aus der Übergabe, sonst die der Ressourcengruppe. Verwaltete Datenträger brauchen den Tresor in ihrer Region.</translation>
        </message>
        <message>
            <source>Grant with</source>
            <translation>Berechtigen über</translation>
        </message>
        <message>
            <source>rbac (recommended: the grant covers one key) or access-policy, for a new vault. An existing vault keeps its own permission model; empty follows it.</source>
            <translation>rbac (empfohlen: die Berechtigung umfasst nur einen Schlüssel) oder access-policy, für einen neuen Tresor. Ein vorhandener Tresor behält sein eigenes Berechtigungsmodell; leer folgt ihm.</translation>
        </message>
        <message>
            <source>"%1" is not a way to grant; use rbac or access-policy.</source>
            <translation>„%1“ ist keine Art der Berechtigung; verwenden Sie rbac oder access-policy.</translation>
        </message>
        <message>
            <source>Turn on purge protection for vault %1 (and soft delete, where it is off). This cannot be undone: deleted keys stay recoverable for the retention period and cannot be purged early.</source>
            <translation>Bereinigungsschutz für Tresor %1 einschalten (und vorläufiges Löschen, wo es ausgeschaltet ist). Dies kann nicht rückgängig gemacht werden: gelöschte Schlüssel bleiben während der Aufbewahrungsdauer wiederherstellbar und können nicht vorzeitig endgültig gelöscht werden.</translation>
        </message>
        <message>
            <source>Create vault %1 in %2 (%3, %4) with soft delete and purge protection; purge protection cannot be turned off again.</source>
            <translation>Tresor %1 in %2 (%3, %4) mit vorläufigem Löschen und Bereinigungsschutz erstellen; der Bereinigungsschutz kann nicht wieder ausgeschaltet werden.</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Premium</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>The vault's first access policy entry lets you (object %1) create and manage the key.</source>
            <translation>Der erste Eintrag der Zugriffsrichtlinie des Tresors erlaubt Ihnen (Objekt %1), den Schlüssel zu erstellen und zu verwalten.</translation>
        </message>
        <message>
            <source>Turning on purge protection for vault %1</source>
            <translation>Bereinigungsschutz für Tresor %1 wird eingeschaltet</translation>
        </message>
        <message>
            <source>Creating vault %1</source>
            <translation>Tresor %1 wird erstellt</translation>
        </message>
        <message>
            <source>Following the vault's operation that was running when CMK Wizard stopped</source>
            <translation>Der Tresorvorgang wird weiterverfolgt, der lief, als CMK Wizard beendet wurde</translation>
        </message>
        <message>
            <source>Create or check the key vault</source>
            <translation>Schlüsseltresor erstellen oder prüfen</translation>
        </message>
        <message>
            <source>Creates the key vault with soft delete and purge protection, or checks an existing one and turns purge protection on. Azure accepts a customer-managed key only from a vault with purge protection, and purge protection can never be turned off again.</source>
            <translation>Erstellt den Schlüsseltresor mit vorläufigem Löschen und Bereinigungsschutz oder prüft einen vorhandenen und schaltet den Bereinigungsschutz ein. Azure akzeptiert einen kundenseitig verwalteten Schlüssel nur aus einem Tresor mit Bereinigungsschutz, und der Bereinigungsschutz kann nie wieder ausgeschaltet werden.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::ManagedIdentityStep</name>
        <message>
            <source>Create the user-assigned managed identity</source>
            <translation>Die benutzerseitig zugewiesene verwaltete Identität erstellen</translation>
        </message>
        <message>
            <source>Managed Identity Contributor on the resource group</source>
            <translation>Managed Identity Contributor für die Ressourcengruppe</translation>
        </message>
        <message>
            <source>Managed identity name</source>
            <translation>Name der verwalteten Identität</translation>
        </message>
        <message>
            <source>The name of the user-assigned managed identity the encrypted resources use, for example uami-cmk-contoso.</source>
            <translation>Der Name der benutzerseitig zugewiesenen verwalteten Identität, die die verschlüsselten Ressourcen verwenden, zum Beispiel uami-cmk-contoso.</translation>
        </message>
        <message>
            <source>%1 cannot name a managed identity: use 3-128 letters, digits, '-' and '_', starting with a letter or digit.</source>
            <translation>%1 kann keine verwaltete Identität benennen: verwenden Sie 3-128 Buchstaben, Ziffern, '-' und '_', beginnend mit einem Buchstaben oder einer Ziffer.</translation>
        </message>
        <message>
            <source>Create the user-assigned managed identity %1; its principal ID becomes the federated credential's subject.</source>
            <translation>Die benutzerseitig zugewiesene verwaltete Identität %1 erstellen; ihre Prinzipal-ID wird zum Antragsteller der Verbundanmeldeinformation.</translation>
        </message>
        <message>
            <source>Creates a user-assigned managed identity in your resource group and records its principal and client IDs. The encrypted resource uses this identity, and through the federated credential the identity acts as the multi-tenant application towards the customer's key.</source>
            <translation>Erstellt eine benutzerseitig zugewiesene verwaltete Identität in Ihrer Ressourcengruppe und erfasst ihre Prinzipal-ID und Client-ID. Die verschlüsselte Ressource verwendet diese Identität, und über die Verbundanmeldeinformation tritt die Identität gegenüber dem Schlüssel des Kunden als die mehrinstanzenfähige Anwendung auf.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::NetAppEncryptionStep</name>
        <message>
            <source>Encrypt the NetApp account with the customer's key</source>
            <translation>Das NetApp-Konto mit dem Schlüssel des Kunden verschlüsseln</translation>
        </message>
        <message>
            <source>Contributor on the NetApp account and Managed Identity Operator on the identity</source>
            <translation>Contributor für das NetApp-Konto und Managed Identity Operator für die Identität</translation>
        </message>
        <message>
            <source>NetApp account name</source>
            <translation>Name des NetApp-Kontos</translation>
        </message>
        <message>
            <source>The NetApp account whose volumes use the customer's key; created when it does not exist.</source>
            <translation>Das NetApp-Konto, dessen Volumes den Schlüssel des Kunden verwenden; wird erstellt, wenn es nicht existiert.</translation>
        </message>
        <message>
            <source>%1 cannot name a NetApp account: use 1-128 letters, digits, '-' and '_', starting with a letter or digit.</source>
            <translation>%1 kann kein NetApp-Konto benennen: verwenden Sie 1-128 Buchstaben, Ziffern, '-' und '_', beginnend mit einem Buchstaben oder einer Ziffer.</translation>
        </message>
        <message>
            <source>Encrypt the NetApp account %1 with the customer's key, through the managed identity and the application (federatedClientId). An existing account is changed with PATCH instead.</source>
            <translation>Das NetApp-Konto %1 mit dem Schlüssel des Kunden verschlüsseln, über die verwaltete Identität und die Anwendung (federatedClientId). Ein vorhandenes Konto wird stattdessen mit PATCH geändert.</translation>
        </message>
        <message>
            <source>Azure refuses this until the customer has installed the application and granted it the key; right after the grant the wizard tries again for a few minutes while it propagates.</source>
            <translation>Azure lehnt dies ab, bis der Kunde die Anwendung installiert und ihr den Schlüssel gewährt hat; direkt nach der Berechtigung versucht es der Assistent einige Minuten lang erneut, während sie sich verbreitet.</translation>
        </message>
        <message>
            <source>Azure cannot use the customer's key yet (%1). A new service principal or grant takes a few minutes to reach every service; trying again in %2 s (attempt %3 of %4).</source>
            <translation>Azure kann den Schlüssel des Kunden noch nicht verwenden (%1). Bis ein neuer Dienstprinzipal oder eine neue Berechtigung jeden Dienst erreicht, dauert es einige Minuten; erneuter Versuch in %2 s (Versuch %3 von %4).</translation>
        </message>
        <message>
            <source>Switching the NetApp account %1 to the customer's key…</source>
            <translation>Das NetApp-Konto %1 wird auf den Schlüssel des Kunden umgestellt…</translation>
        </message>
        <message>
            <source>the NetApp account %1</source>
            <translation>das NetApp-Konto %1</translation>
        </message>
        <message>
            <source>Creating the NetApp account %1 with the customer's key…</source>
            <translation>Das NetApp-Konto %1 wird mit dem Schlüssel des Kunden erstellt…</translation>
        </message>
        <message>
            <source>Sets the NetApp account's encryption to the customer's key, through the user-assigned identity and with the application ID as federatedClientId; the account is created when it does not exist. A write refused only because the customer's grant has not reached Azure yet is tried again.</source>
            <translation>Stellt die Verschlüsselung des NetApp-Kontos auf den Schlüssel des Kunden ein, über die benutzerseitig zugewiesene Identität und mit der Anwendungs-ID als federatedClientId; das Konto wird erstellt, wenn es nicht vorhanden ist. Ein Schreibvorgang, der nur abgelehnt wird, weil die Berechtigung des Kunden Azure noch nicht erreicht hat, wird erneut versucht.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::NetAppVerifyStep</name>
        <message>
            <source>Verify the NetApp account uses the customer's key</source>
            <translation>Prüfen, ob das NetApp-Konto den Schlüssel des Kunden verwendet</translation>
        </message>
        <message>
            <source>Reader on the NetApp account</source>
            <translation>Reader für das NetApp-Konto</translation>
        </message>
        <message>
            <source>The NetApp account %1 is not encrypted with the customer's key, identity and application as this track set them up; someone may have changed it since. Look at its encryption settings in the Azure portal.</source>
            <translation>Das NetApp-Konto %1 ist nicht so mit Schlüssel des Kunden, Identität und Anwendung verschlüsselt, wie dieser Ablauf sie eingerichtet hat; möglicherweise hat es seitdem jemand geändert. Sehen Sie sich seine Verschlüsselungseinstellungen im Azure-Portal an.</translation>
        </message>
        <message>
            <source>Reads the NetApp account: its key must be InUse.</source>
            <translation>Liest das NetApp-Konto: sein Schlüssel muss InUse sein.</translation>
        </message>
        <message>
            <source>Azure ended the last change of the NetApp account %1 as %2. Run the track again: the encryption step puts the account again, as Azure advises.</source>
            <translation>Azure hat die letzte Änderung des NetApp-Kontos %1 als %2 beendet. Führen Sie den Ablauf erneut aus: der Verschlüsselungsschritt schreibt das Konto erneut, wie Azure es empfiehlt.</translation>
        </message>
        <message>
            <source>The NetApp account %1 reports its key as %2, not InUse: Azure cannot use the customer's key. Ask the customer to check that the key is enabled and that the application still has access, then run this step again.</source>
            <translation>Das NetApp-Konto %1 meldet seinen Schlüssel als %2, nicht InUse: Azure kann den Schlüssel des Kunden nicht verwenden. Bitten Sie den Kunden zu prüfen, ob der Schlüssel aktiviert ist und die Anwendung noch Zugriff hat, und führen Sie diesen Schritt dann erneut aus.</translation>
        </message>
        <message>
            <source>Reads the NetApp account back: the customer's key, the identity and federatedClientId. The step is done when the key's status is InUse, that is when Azure NetApp Files can encrypt volumes with the customer's key.</source>
            <translation>Liest das NetApp-Konto zurück: den Schlüssel des Kunden, die Identität und federatedClientId. Der Schritt ist erledigt, wenn der Status des Schlüssels InUse ist, also wenn Azure NetApp Files Volumes mit dem Schlüssel des Kunden verschlüsseln kann.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::PolicyHandoffStep</name>
        <message>
            <source>Hand the policy to the Power Platform administrator</source>
            <translation>Richtlinie an den Power Platform-Administrator übergeben</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>jeder</translation>
        </message>
        <message>
            <source>Hand-off file for the Power Platform administrator</source>
            <translation>Übergabedatei für den Power Platform-Administrator</translation>
        </message>
        <message>
            <source>Where to save the file you send the Power Platform administrator, such as contoso-policy.json.</source>
            <translation>Wo die Datei gespeichert werden soll, die Sie dem Power Platform-Administrator senden, etwa contoso-policy.json.</translation>
        </message>
        <message>
            <source>Saves the hand-off for %1 as %2: policy %3 (%4), key %5. It carries no secret.</source>
            <translation>Speichert die Übergabe für %1 als %2: Richtlinie %3 (%4), Schlüssel %5. Sie enthält kein Geheimnis.</translation>
        </message>
        <message>
            <source>Enterprise policy %1 is ready for environments in %2. You have Reader on it.</source>
            <translation>Die Unternehmensrichtlinie %1 ist bereit für Umgebungen in %2. Sie haben Reader darauf.</translation>
        </message>
        <message>
            <source>The hand-off cannot be made: %1</source>
            <translation>Die Übergabe kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>The hand-off could not be saved as %1 (%2); choose another file.</source>
            <translation>Die Übergabe konnte nicht als %1 gespeichert werden (%2); wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>Saved the hand-off as %1</source>
            <translation>Übergabe als %1 gespeichert</translation>
        </message>
        <message>
            <source>Writes the hand-off file for the Power Platform administrator: the policy's resource ID, system ID and location, the key and the key vault. With it they add environments to the policy; the file holds no secrets.</source>
            <translation>Schreibt die Übergabedatei für den Power Platform-Administrator: Ressourcen-ID, System-ID und Standort der Richtlinie, den Schlüssel und den Schlüsseltresor. Damit fügt er der Richtlinie Umgebungen hinzu; die Datei enthält keine Geheimnisse.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::PolicyImpactStep</name>
        <message>
            <source>The run has no %1; run the track from step 1.</source>
            <translation>Dem Lauf fehlt %1; führen Sie den Ablauf ab Schritt 1 aus.</translation>
        </message>
        <message>
            <source>Find the policy's key and the environments that use it</source>
            <translation>Schlüssel der Richtlinie und die Umgebungen ermitteln, die ihn verwenden</translation>
        </message>
        <message>
            <source>Reader on the enterprise policy and the key vault</source>
            <translation>Reader für die Unternehmensrichtlinie und den Schlüsseltresor</translation>
        </message>
        <message>
            <source>enterprise policy</source>
            <translation>Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>Enterprise policy %1 does not exist (any more). A deleted policy cannot be restored: its environments stay locked until Microsoft support helps.</source>
            <translation>Die Unternehmensrichtlinie %1 existiert nicht (mehr). Eine gelöschte Richtlinie kann nicht wiederhergestellt werden: Ihre Umgebungen bleiben gesperrt, bis der Microsoft-Support hilft.</translation>
        </message>
        <message>
            <source>Reads the policy, its key vault and the environments; nothing changes.</source>
            <translation>Liest die Richtlinie, ihren Schlüsseltresor und die Umgebungen; es wird nichts geändert.</translation>
        </message>
        <message>
            <source>Reads the enterprise policy, the key vault, key version and managed identity it uses, and the environments linked to it. Nothing changes here: these environments are what the next step's plan names, because all of them go offline or come back together.</source>
            <translation>Liest die Unternehmensrichtlinie, den Schlüsseltresor, die Schlüsselversion und die verwaltete Identität, die sie verwendet, sowie die mit ihr verknüpften Umgebungen. Hier ändert sich nichts: Diese Umgebungen nennt der Plan des nächsten Schritts, weil sie alle gemeinsam offline gehen oder wieder verfügbar werden.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::PolicyKeyAccessStep</name>
        <message>
            <source>Grant the enterprise policy access to the key</source>
            <translation>Der Unternehmensrichtlinie Zugriff auf den Schlüssel gewähren</translation>
        </message>
        <message>
            <source>Owner, User Access Administrator or Role Based Access Control Administrator (Azure RBAC vaults); Owner, Contributor or Key Vault Contributor (access-policy vaults)</source>
            <translation>Owner, User Access Administrator oder Role Based Access Control Administrator (Tresore mit Azure RBAC); Owner, Contributor oder Key Vault Contributor (Tresore mit Zugriffsrichtlinien)</translation>
        </message>
        <message>
            <source>CMK Wizard: customer-managed key for Power Platform</source>
            <translation>CMK Wizard: kundenseitig verwalteter Schlüssel für Power Platform</translation>
        </message>
        <message>
            <source>Azure does not see the policy's new identity yet (%1); trying again in %2 s.</source>
            <translation>Azure sieht die neue Identität der Richtlinie noch nicht (%1); neuer Versuch in %2 s.</translation>
        </message>
        <message>
            <source>The run has no policy identity; run step 5 first.</source>
            <translation>Der Lauf hat keine Identität der Richtlinie; führen Sie zuerst Schritt 5 aus.</translation>
        </message>
        <message>
            <source>Let the policy's identity %1 get, wrap and unwrap keys of vault %2 (an access policy entry).</source>
            <translation>Der Identität %1 der Richtlinie erlauben, Schlüssel von Tresor %2 abzurufen, zu packen und zu entpacken (ein Eintrag in der Zugriffsrichtlinie).</translation>
        </message>
        <message>
            <source>Grant the policy's identity %1 Key Vault Crypto Service Encryption User on key %2 only: get, wrapKey and unwrapKey.</source>
            <translation>Der Identität %1 der Richtlinie Key Vault Crypto Service Encryption User nur für Schlüssel %2 gewähren: get, wrapKey und unwrapKey.</translation>
        </message>
        <message>
            <source>A new identity takes a few minutes to reach Azure role assignments; the grant is tried again meanwhile.</source>
            <translation>Eine neue Identität braucht einige Minuten, bis sie für Azure-Rollenzuweisungen verfügbar ist; die Zuweisung wird in der Zwischenzeit erneut versucht.</translation>
        </message>
        <message>
            <source>Granting the enterprise policy access to key %1</source>
            <translation>Der Unternehmensrichtlinie wird Zugriff auf Schlüssel %1 gewährt</translation>
        </message>
        <message>
            <source>Gives the enterprise policy's managed identity get, wrapKey and unwrapKey on the key: the Key Vault Crypto Service Encryption User role on the key (Azure RBAC vaults) or an access policy entry. Without it no environment of the policy can be encrypted; a new identity takes minutes to reach Azure, so the grant is tried again meanwhile.</source>
            <translation>Gewährt der verwalteten Identität der Unternehmensrichtlinie get, wrapKey und unwrapKey für den Schlüssel: die Rolle Key Vault Crypto Service Encryption User für den Schlüssel (Tresore mit Azure RBAC) oder einen Eintrag in der Zugriffsrichtlinie. Ohne sie kann keine Umgebung der Richtlinie verschlüsselt werden; eine neue Identität braucht Minuten, bis sie Azure erreicht, daher wird die Berechtigung währenddessen erneut versucht.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::PolicyReaderStep</name>
        <message>
            <source>Let the Power Platform administrator read the policy</source>
            <translation>Dem Power Platform-Administrator das Lesen der Richtlinie erlauben</translation>
        </message>
        <message>
            <source>Owner, User Access Administrator or Role Based Access Control Administrator on the policy</source>
            <translation>Owner, User Access Administrator oder Role Based Access Control Administrator für die Richtlinie</translation>
        </message>
        <message>
            <source>Power Platform administrator</source>
            <translation>Power Platform-Administrator</translation>
        </message>
        <message>
            <source>The user principal name of the Power Platform or Dynamics 365 administrator who adds the environments, e.g. priya@contoso.onmicrosoft.com. For separation of duties, not you.</source>
            <translation>Der Benutzerprinzipalname des Power Platform- oder Dynamics 365-Administrators, der die Umgebungen hinzufügt, z. B. priya@contoso.onmicrosoft.com. Zur Aufgabentrennung nicht Sie selbst.</translation>
        </message>
        <message>
            <source>"%1" is not a user principal name; it looks like name@contoso.onmicrosoft.com.</source>
            <translation>„%1“ ist kein Benutzerprinzipalname; ein solcher sieht aus wie name@contoso.onmicrosoft.com.</translation>
        </message>
        <message>
            <source>Owner, User Access Administrator or Role Based Access Control Administrator on the enterprise policy</source>
            <translation>Owner, User Access Administrator oder Role Based Access Control Administrator für die Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>an Owner of the resource group or subscription</source>
            <translation>ein Owner der Ressourcengruppe oder des Abonnements</translation>
        </message>
        <message>
            <source>There is no user %1 in this tenant. Check the spelling, or ask the Power Platform administrator for their sign-in name.</source>
            <translation>In diesem Mandanten gibt es keinen Benutzer %1. Prüfen Sie die Schreibweise, oder fragen Sie den Power Platform-Administrator nach seinem Anmeldenamen.</translation>
        </message>
        <message>
            <source>The run has no policy; run step 5 first.</source>
            <translation>Der Lauf hat keine Richtlinie; führen Sie zuerst Schritt 5 aus.</translation>
        </message>
        <message>
            <source>There is no user %1 in this tenant.</source>
            <translation>In diesem Mandanten gibt es keinen Benutzer %1.</translation>
        </message>
        <message>
            <source>Find %1's object ID.</source>
            <translation>Objekt-ID von %1 ermitteln.</translation>
        </message>
        <message>
            <source>Grant %1 Reader on enterprise policy %2, nothing more: enough to add environments to it.</source>
            <translation>%1 die Rolle Reader für die Unternehmensrichtlinie %2 gewähren, nicht mehr: genug, um ihr Umgebungen hinzuzufügen.</translation>
        </message>
        <message>
            <source>The run has no policy or administrator.</source>
            <translation>Der Lauf hat keine Richtlinie oder keinen Administrator.</translation>
        </message>
        <message>
            <source>CMK Wizard: Power Platform administrator reads the enterprise policy</source>
            <translation>CMK Wizard: Power Platform-Administrator liest die Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>Granting %1 Reader on policy %2</source>
            <translation>%1 wird Reader für Richtlinie %2 gewährt</translation>
        </message>
        <message>
            <source>You are naming yourself as the Power Platform administrator: the key vault and the environments would be in one person's hands (separation of duties).</source>
            <translation>Sie geben sich selbst als Power Platform-Administrator an: Schlüsseltresor und Umgebungen lägen dann in der Hand einer einzigen Person (Aufgabentrennung).</translation>
        </message>
        <message>
            <source>Assigns the Reader role on the enterprise policy to the Power Platform administrator you name, found in Microsoft Entra ID. Only an administrator who can read the policy can add environments to it; others get an error when they try.</source>
            <translation>Weist dem von Ihnen genannten Power Platform-Administrator, der in Microsoft Entra ID gesucht wird, die Rolle Reader für die Unternehmensrichtlinie zu. Nur ein Administrator, der die Richtlinie lesen kann, kann ihr Umgebungen hinzufügen; andere erhalten beim Versuch einen Fehler.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::PowerPlatformStep</name>
        <message>
            <source>Enterprise policy</source>
            <translation>Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>The enterprise policy's resource ID, from the key vault administrator's hand-off: /subscriptions/…/resourceGroups/…/providers/Microsoft.PowerPlatform/enterprisePolicies/…</source>
            <translation>Die Ressourcen-ID der Unternehmensrichtlinie aus der Übergabe des Schlüsseltresor-Administrators: /subscriptions/…/resourceGroups/…/providers/Microsoft.PowerPlatform/enterprisePolicies/…</translation>
        </message>
        <message>
            <source>%1 is a %2, not an enterprise policy (Microsoft.PowerPlatform/enterprisePolicies).</source>
            <translation>%1 ist vom Typ %2, keine Unternehmensrichtlinie (Microsoft.PowerPlatform/enterprisePolicies).</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::PrivateEndpointApprovalStep</name>
        <message>
            <source>Wait for the customer to approve the private endpoint</source>
            <translation>Warten, bis der Kunde den privaten Endpunkt genehmigt</translation>
        </message>
        <message>
            <source>Reader on the private endpoint (the customer's key vault administrator approves)</source>
            <translation>Reader für den privaten Endpunkt (der Schlüsseltresor-Administrator des Kunden genehmigt)</translation>
        </message>
        <message>
            <source>Nothing changes here. The customer approves the connection of %1 on their key vault (Networking → Private endpoint connections); the wizard looks again with growing waits and can be closed and run again meanwhile.</source>
            <translation>Hier ändert sich nichts. Der Kunde genehmigt die Verbindung von %1 an seinem Schlüsseltresor (Netzwerk → Private Endpunktverbindungen); der Assistent prüft in wachsenden Abständen erneut und kann währenddessen geschlossen und erneut ausgeführt werden.</translation>
        </message>
        <message>
            <source>The private endpoint %1 is disconnected from the customer's key vault (it may have been removed there). Delete the endpoint and run the track again.</source>
            <translation>Der private Endpunkt %1 ist vom Schlüsseltresor des Kunden getrennt (möglicherweise wurde er dort entfernt). Löschen Sie den Endpunkt und führen Sie den Ablauf erneut aus.</translation>
        </message>
        <message>
            <source>The private endpoint %1 still waits for the customer's approval. Remind the customer; run the track again to keep waiting.</source>
            <translation>Der private Endpunkt %1 wartet noch auf die Genehmigung des Kunden. Erinnern Sie den Kunden; führen Sie den Ablauf erneut aus, um weiter zu warten.</translation>
        </message>
        <message>
            <source>Waiting for the customer to approve the private endpoint %1 on their key vault %2. Looking again in %3 s.</source>
            <translation>Es wird gewartet, bis der Kunde den privaten Endpunkt %1 an seinem Schlüsseltresor %2 genehmigt. Erneute Prüfung in %3 s.</translation>
        </message>
        <message>
            <source>Waits, looking again at growing intervals, until the customer approves the private endpoint connection on their key vault. Nothing is changed here; if the wizard is closed meanwhile, running the track again simply looks again.</source>
            <translation>Wartet und prüft in wachsenden Abständen erneut, bis der Kunde die private Endpunktverbindung an seinem Schlüsseltresor genehmigt. Hier wird nichts geändert; wird der Assistent währenddessen geschlossen, prüft ein erneutes Ausführen des Ablaufs einfach noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::PrivateEndpointStep</name>
        <message>
            <source>Create the private endpoint to the customer's key vault</source>
            <translation>Den privaten Endpunkt zum Schlüsseltresor des Kunden erstellen</translation>
        </message>
        <message>
            <source>Network Contributor on the virtual network and the resource group</source>
            <translation>Network Contributor für das virtuelle Netzwerk und die Ressourcengruppe</translation>
        </message>
        <message>
            <source>Private endpoint name</source>
            <translation>Name des privaten Endpunkts</translation>
        </message>
        <message>
            <source>Leave empty for pe-{NetApp account}-cmk. The customer sees it when they approve.</source>
            <translation>Leer lassen für pe-{NetApp-Konto}-cmk. Der Kunde sieht den Namen, wenn er genehmigt.</translation>
        </message>
        <message>
            <source>%1 cannot name a private endpoint: use 1-64 letters, digits, '_', '.' and '-', starting with a letter or digit and ending with a letter, digit or '_'.</source>
            <translation>%1 kann keinen privaten Endpunkt benennen: verwenden Sie 1-64 Buchstaben, Ziffern, '_', '.' und '-', beginnend mit einem Buchstaben oder einer Ziffer und endend mit einem Buchstaben, einer Ziffer oder '_'.</translation>
        </message>
        <message>
            <source>The private endpoint %1 already exists and connects to %2, not to the customer's key vault %3. Choose another name (privateEndpoint.name) and run the track again.</source>
            <translation>Der private Endpunkt %1 existiert bereits und ist mit %2 verbunden, nicht mit dem Schlüsseltresor %3 des Kunden. Wählen Sie einen anderen Namen (privateEndpoint.name), und führen Sie den Ablauf erneut aus.</translation>
        </message>
        <message>
            <source>Create the private endpoint to the customer's key vault (sub-resource vault); the customer approves the connection.</source>
            <translation>Den privaten Endpunkt zum Schlüsseltresor des Kunden erstellen (Unterressource vault); der Kunde genehmigt die Verbindung.</translation>
        </message>
        <message>
            <source>The subnet is checked first: in the volumes' virtual network and region, not delegated to Microsoft.NetApp/volumes.</source>
            <translation>Zuerst wird das Subnetz geprüft: im virtuellen Netzwerk und in der Region der Volumes, nicht an Microsoft.NetApp/volumes delegiert.</translation>
        </message>
        <message>
            <source>%1 (tenant %2) asks for a private endpoint to this key vault for Azure NetApp Files customer-managed keys.</source>
            <translation>%1 (Mandant %2) bittet um einen privaten Endpunkt zu diesem Schlüsseltresor für kundenseitig verwaltete Schlüssel von Azure NetApp Files.</translation>
        </message>
        <message>
            <source>Creating the private endpoint %1…</source>
            <translation>Der private Endpunkt %1 wird erstellt…</translation>
        </message>
        <message>
            <source>the private endpoint %1</source>
            <translation>der private Endpunkt %1</translation>
        </message>
        <message>
            <source>Creates a private endpoint in your volumes' virtual network to the customer's key vault (sub-resource vault), as a connection request the customer approves. Azure NetApp Files reaches the customer's key only through this endpoint.</source>
            <translation>Erstellt im virtuellen Netzwerk Ihrer Volumes einen privaten Endpunkt zum Schlüsseltresor des Kunden (Unterressource vault), als Verbindungsanfrage, die der Kunde genehmigt. Azure NetApp Files erreicht den Schlüssel des Kunden nur über diesen Endpunkt.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::RegionCheckStep</name>
        <message>
            <source>Check the region</source>
            <translation>Region prüfen</translation>
        </message>
        <message>
            <source>Reader on the ISV subscription</source>
            <translation>Reader für das ISV-Abonnement</translation>
        </message>
        <message>
            <source>%1 is a region of %2, not of %3; choose a region of the cloud you signed in to.</source>
            <extracomment>%1 region, %2 and %3 cloud names</extracomment>
            <translation>%1 ist eine Region von %2, nicht von %3; wählen Sie eine Region der Cloud, bei der Sie angemeldet sind.</translation>
        </message>
        <message>
            <source>%1 is not among the regions where the how-to offers this feature: %2.</source>
            <translation>%1 gehört nicht zu den Regionen, in denen die Anleitung dieses Feature anbietet: %2.</translation>
        </message>
        <message>
            <source>The subnet %1 is in subscription %2, not in the ISV subscription %3; the private endpoint goes into the volumes' virtual network in the ISV subscription.</source>
            <extracomment>%1 subnet resource ID, %2 and %3 subscription IDs</extracomment>
            <translation>Das Subnetz %1 liegt im Abonnement %2, nicht im ISV-Abonnement %3; der private Endpunkt kommt in das virtuelle Netzwerk der Volumes im ISV-Abonnement.</translation>
        </message>
        <message>
            <source>(none: add a subnet without delegation)</source>
            <translation>(keines: fügen Sie ein Subnetz ohne Delegierung hinzu)</translation>
        </message>
        <message>
            <source>The virtual network %1 has no subnet %2; choose one that is not delegated: %3.</source>
            <extracomment>%1 virtual network name, %2 subnet name, %3 list of subnet names</extracomment>
            <translation>Das virtuelle Netzwerk %1 hat kein Subnetz %2; wählen Sie eines, das nicht delegiert ist: %3.</translation>
        </message>
        <message>
            <source>The subnet %1 is delegated to Microsoft.NetApp/volumes: it holds the volumes themselves. The private endpoint needs another subnet of the same virtual network, one that is not delegated: %2.</source>
            <translation>Das Subnetz %1 ist an Microsoft.NetApp/volumes delegiert: es enthält die Volumes selbst. Der private Endpunkt braucht ein anderes, nicht delegiertes Subnetz desselben virtuellen Netzwerks: %2.</translation>
        </message>
        <message>
            <source>The virtual network %1 is in %2, but the track's region is %3; the private endpoint must be in its virtual network's region.</source>
            <extracomment>%1 virtual network name, %2 and %3 regions</extracomment>
            <translation>Das virtuelle Netzwerk %1 liegt in %2, die Region des Ablaufs ist aber %3; der private Endpunkt muss in der Region seines virtuellen Netzwerks liegen.</translation>
        </message>
        <message>
            <source>The how-to lists %1 for this feature; %2 is not among them. If Azure refuses the resource, choose one of those regions.</source>
            <translation>Die Anleitung nennt %1 für dieses Feature; %2 gehört nicht dazu. Lehnt Azure die Ressource ab, wählen Sie eine dieser Regionen.</translation>
        </message>
        <message>
            <source>Reads only: the resource group%1, before anything is changed.</source>
            <translation>Liest nur: die Ressourcengruppe%1, bevor etwas geändert wird.</translation>
        </message>
        <message>
            <source> and the endpoint's virtual network</source>
            <translation> und das virtuelle Netzwerk des Endpunkts</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::RegistrationStep</name>
        <message>
            <source>Contributor or Owner on the ISV subscription</source>
            <translation>Contributor oder Owner für das ISV-Abonnement</translation>
        </message>
        <message>
            <source>Register the preview feature %1/%2 (only if it is not registered yet).</source>
            <translation>Das Vorschaufeature %1/%2 registrieren (nur wenn es noch nicht registriert ist).</translation>
        </message>
        <message>
            <source>Register the resource provider %1 (only if it is not registered yet, or again after one of its features).</source>
            <translation>Den Ressourcenanbieter %1 registrieren (nur wenn er noch nicht registriert ist, oder erneut nach einem seiner Features).</translation>
        </message>
        <message>
            <source>Then waits until Azure reports everything Registered: minutes for a provider, up to hours for a preview feature. The wizard can be closed meanwhile; it continues waiting when the track is run again.</source>
            <translation>Wartet dann, bis Azure alles als Registered meldet: Minuten für einen Anbieter, bis zu Stunden für ein Vorschaufeature. Der Assistent kann währenddessen geschlossen werden; er wartet weiter, wenn der Ablauf erneut ausgeführt wird.</translation>
        </message>
        <message>
            <source>Azure still reports %1 after %2 minutes. Registration of a preview feature can take hours; run the track again later to keep waiting.</source>
            <translation>Azure meldet nach %2 Minuten noch %1. Die Registrierung eines Vorschaufeatures kann Stunden dauern; führen Sie den Ablauf später erneut aus, um weiter zu warten.</translation>
        </message>
        <message>
            <source>Waiting for Azure to register %1: a provider takes minutes, a preview feature up to hours. Looking again in %2 s.</source>
            <translation>Es wird gewartet, bis Azure %1 registriert: ein Anbieter braucht Minuten, ein Vorschaufeature bis zu Stunden. Erneute Prüfung in %2 s.</translation>
        </message>
        <message>
            <source>Contributor or Owner on the subscription</source>
            <translation>Contributor oder Owner für das Abonnement</translation>
        </message>
        <message>
            <source>Subscription ID</source>
            <translation>Abonnement-ID</translation>
        </message>
        <message>
            <source>The subscription of your tenant where the resource providers are registered.</source>
            <translation>Das Abonnement Ihres Mandanten, in dem die Ressourcenanbieter registriert werden.</translation>
        </message>
        <message>
            <source>Contributor or Owner on the subscription (registers %1)</source>
            <translation>Contributor oder Owner für das Abonnement (registriert %1)</translation>
        </message>
        <message>
            <source>an Owner of the subscription</source>
            <translation>ein Owner des Abonnements</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::RestoreKeyAccessStep</name>
        <message>
            <source>Restore the policy's access to its original key</source>
            <translation>Zugriff der Richtlinie auf ihren ursprünglichen Schlüssel wiederherstellen</translation>
        </message>
        <message>
            <source>Key vault administrator: Owner or Key Vault Administrator</source>
            <translation>Schlüsseltresor-Administrator: Owner oder Key Vault Administrator</translation>
        </message>
        <message>
            <source>Vault region</source>
            <translation>Region des Tresors</translation>
        </message>
        <message>
            <source>The key vault's Azure region: needed only when the vault was deleted, to find it among the deleted vaults.</source>
            <translation>Die Azure-Region des Schlüsseltresors: nur nötig, wenn der Tresor gelöscht wurde, um ihn unter den gelöschten Tresoren zu finden.</translation>
        </message>
        <message>
            <source>key vault</source>
            <translation>Schlüsseltresor</translation>
        </message>
        <message>
            <source>Key vault %1 was deleted. Give its region (region) so that CMK Wizard can find it among the deleted vaults and recover it.</source>
            <translation>Der Schlüsseltresor %1 wurde gelöscht. Geben Sie seine Region an (region), damit CMK Wizard ihn unter den gelöschten Tresoren finden und wiederherstellen kann.</translation>
        </message>
        <message>
            <source>Key vault %1 is neither there nor among the deleted vaults: it was purged, and the original key with it. The environments cannot be unlocked with it; contact Microsoft support.</source>
            <translation>Der Schlüsseltresor %1 ist weder vorhanden noch unter den gelöschten Tresoren: Er wurde endgültig gelöscht und mit ihm der ursprüngliche Schlüssel. Die Umgebungen können damit nicht entsperrt werden; wenden Sie sich an den Microsoft-Support.</translation>
        </message>
        <message>
            <source>Key %1 is gone and not among the deleted keys: the original key cannot be restored. Contact Microsoft support.</source>
            <translation>Der Schlüssel %1 ist nicht mehr vorhanden und auch nicht unter den gelöschten Schlüsseln: Der ursprüngliche Schlüssel kann nicht wiederhergestellt werden. Wenden Sie sich an den Microsoft-Support.</translation>
        </message>
        <message>
            <source>Recover vault %1 from soft delete, only if it was deleted.</source>
            <translation>Tresor %1 aus dem vorläufigen Löschen wiederherstellen, nur falls er gelöscht wurde.</translation>
        </message>
        <message>
            <source>Recover key %1 from soft delete, only if it was deleted.</source>
            <translation>Schlüssel %1 aus dem vorläufigen Löschen wiederherstellen, nur falls er gelöscht wurde.</translation>
        </message>
        <message>
            <source>Enable the key version the policy uses, only if it is disabled.</source>
            <translation>Die von der Richtlinie verwendete Schlüsselversion aktivieren, nur falls sie deaktiviert ist.</translation>
        </message>
        <message>
            <source>Grant the policy's identity get, wrapKey and unwrapKey on the key again, only if it lacks them.</source>
            <translation>Der Identität der Richtlinie wieder get, wrapKey und unwrapKey für den Schlüssel gewähren, nur falls sie ihr fehlen.</translation>
        </message>
        <message>
            <source>Let trusted Microsoft services through the vault's firewall, only if it keeps them out.</source>
            <translation>Vertrauenswürdige Microsoft-Dienste durch die Firewall des Tresors lassen, nur falls sie sie aussperrt.</translation>
        </message>
        <message>
            <source>Only what is missing is restored, in this order; nothing else changes. The environments stay disabled until Microsoft support unlocks them (step 3 prepares the request).</source>
            <translation>Nur was fehlt, wird wiederhergestellt, in dieser Reihenfolge; sonst ändert sich nichts. Die Umgebungen bleiben deaktiviert, bis der Microsoft-Support sie entsperrt (Schritt 3 bereitet die Anfrage vor).</translation>
        </message>
        <message>
            <source>Key access is still not complete after restoring %1.</source>
            <translation>Der Schlüsselzugriff ist noch immer nicht vollständig, nachdem Folgendes wiederhergestellt wurde: %1.</translation>
        </message>
        <message>
            <source>Recovering key vault %1</source>
            <translation>Schlüsseltresor %1 wird wiederhergestellt</translation>
        </message>
        <message>
            <source>the vault</source>
            <translation>der Tresor</translation>
        </message>
        <message>
            <source>Recovering key %1</source>
            <translation>Schlüssel %1 wird wiederhergestellt</translation>
        </message>
        <message>
            <source>the key</source>
            <translation>der Schlüssel</translation>
        </message>
        <message>
            <source>Enabling key %1 again</source>
            <translation>Schlüssel %1 wird wieder aktiviert</translation>
        </message>
        <message>
            <source>the key version</source>
            <translation>die Schlüsselversion</translation>
        </message>
        <message>
            <source>Granting the policy's identity access to key %1 again</source>
            <translation>Der Identität der Richtlinie wird wieder Zugriff auf Schlüssel %1 gewährt</translation>
        </message>
        <message>
            <source>the identity's access</source>
            <translation>der Zugriff der Identität</translation>
        </message>
        <message>
            <source>Letting trusted Microsoft services through vault %1's firewall</source>
            <translation>Vertrauenswürdige Microsoft-Dienste werden durch die Firewall von Tresor %1 gelassen</translation>
        </message>
        <message>
            <source>the vault's network</source>
            <translation>das Netzwerk des Tresors</translation>
        </message>
        <message>
            <source>Restores exactly what the policy's original key lacks, in order: the key vault and the key recovered from soft delete, the key version enabled, the policy's identity granted again and trusted services let through the vault's firewall. Environments can only be re-enabled with the original key, so nothing else is changed.</source>
            <translation>Stellt genau das wieder her, was dem ursprünglichen Schlüssel der Richtlinie fehlt, der Reihe nach: Schlüsseltresor und Schlüssel werden aus dem vorläufigen Löschen wiederhergestellt, die Schlüsselversion wird aktiviert, der Identität der Richtlinie wird erneut Zugriff gewährt, und vertrauenswürdige Dienste werden durch die Firewall des Tresors gelassen. Umgebungen können nur mit dem ursprünglichen Schlüssel wieder aktiviert werden, daher wird nichts anderes geändert.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::RevokeKeyAccessStep</name>
        <message>
            <source>every environment linked to policy %1 (your sign-in cannot list them: %2)</source>
            <translation>jede mit der Richtlinie %1 verknüpfte Umgebung (Ihre Anmeldung kann sie nicht auflisten: %2)</translation>
        </message>
        <message>
            <source>no environment is linked to policy %1 now</source>
            <translation>derzeit ist keine Umgebung mit der Richtlinie %1 verknüpft</translation>
        </message>
        <message>
            <source>Revoke the policy's access to its key</source>
            <translation>Zugriff der Richtlinie auf ihren Schlüssel entziehen</translation>
        </message>
        <message>
            <source>Key vault administrator: Owner, Key Vault Administrator or User Access Administrator</source>
            <translation>Schlüsseltresor-Administrator: Owner, Key Vault Administrator oder User Access Administrator</translation>
        </message>
        <message>
            <source>How to revoke</source>
            <translation>Art des Entzugs</translation>
        </message>
        <message>
            <source>One of: revoke-access (remove the policy identity's permission), disable-key, disable-key-version, delete-key, delete-vault, delete-policy.</source>
            <translation>Eines von: revoke-access (die Berechtigung der Identität der Richtlinie entfernen), disable-key, disable-key-version, delete-key, delete-vault, delete-policy.</translation>
        </message>
        <message>
            <source>"%1" is not a way to revoke key access; use one of %2.</source>
            <translation>„%1“ ist keine Möglichkeit, den Schlüsselzugriff zu entziehen; verwenden Sie eines von %2.</translation>
        </message>
        <message>
            <source>key vault</source>
            <translation>Schlüsseltresor</translation>
        </message>
        <message>
            <source>Remove the policy identity's access policy entry from vault %1.</source>
            <translation>Den Eintrag der Identität der Richtlinie aus der Zugriffsrichtlinie von Tresor %1 entfernen.</translation>
        </message>
        <message>
            <source>Delete every role assignment of the policy's identity on vault %1 and its key.</source>
            <translation>Jede Rollenzuweisung der Identität der Richtlinie für Tresor %1 und seinen Schlüssel löschen.</translation>
        </message>
        <message>
            <source>Unlock grants the same access again.</source>
            <translation>Beim Entsperren wird derselbe Zugriff wieder gewährt.</translation>
        </message>
        <message>
            <source>Disable key %1 (its current version).</source>
            <translation>Schlüssel %1 deaktivieren (seine aktuelle Version).</translation>
        </message>
        <message>
            <source>Disable version %1 of key %2, the one the policy uses.</source>
            <translation>Version %1 von Schlüssel %2 deaktivieren, die von der Richtlinie verwendet wird.</translation>
        </message>
        <message>
            <source>Unlock enables it again.</source>
            <translation>Das Entsperren macht die Deaktivierung rückgängig.</translation>
        </message>
        <message>
            <source>Delete key %1 (every version; the vault keeps it recoverable).</source>
            <translation>Schlüssel %1 löschen (alle Versionen; der Tresor hält ihn wiederherstellbar).</translation>
        </message>
        <message>
            <source>Unlock recovers the key while the vault's retention lasts.</source>
            <translation>Beim Entsperren wird der Schlüssel wiederhergestellt, solange die Aufbewahrungsdauer des Tresors läuft.</translation>
        </message>
        <message>
            <source>Delete key vault %1 (soft delete keeps it recoverable).</source>
            <translation>Schlüsseltresor %1 löschen (vorläufiges Löschen hält ihn wiederherstellbar).</translation>
        </message>
        <message>
            <source>Unlock recovers the vault while its retention lasts; every other use of the vault stops too.</source>
            <translation>Beim Entsperren wird der Tresor wiederhergestellt, solange seine Aufbewahrungsdauer läuft; jede andere Nutzung des Tresors endet ebenfalls.</translation>
        </message>
        <message>
            <source>Delete enterprise policy %1.</source>
            <translation>Unternehmensrichtlinie %1 löschen.</translation>
        </message>
        <message>
            <source>A deleted policy cannot be restored, not by CMK Wizard and not by unlocking: the environments stay locked until Microsoft support helps, and may be lost.</source>
            <translation>Eine gelöschte Richtlinie kann nicht wiederhergestellt werden, weder durch CMK Wizard noch durch Entsperren: Die Umgebungen bleiben gesperrt, bis der Microsoft-Support hilft, und können verloren gehen.</translation>
        </message>
        <message>
            <source>Every environment linked to policy %1 goes offline at once and nobody, Microsoft included, can reach its data. Locked production environments are deleted after 28 days unless they are unlocked, and unlocking needs a Microsoft support request. %2</source>
            <translation>Jede mit der Richtlinie %1 verknüpfte Umgebung geht sofort offline, und niemand, auch nicht Microsoft, kann auf ihre Daten zugreifen. Gesperrte Produktionsumgebungen werden nach 28 Tagen gelöscht, sofern sie nicht entsperrt werden, und das Entsperren erfordert eine Supportanfrage bei Microsoft. %2</translation>
        </message>
        <message>
            <source>Deleting enterprise policy %1</source>
            <translation>Unternehmensrichtlinie %1 wird gelöscht</translation>
        </message>
        <message>
            <source>delete-policy: deleted %1</source>
            <translation>delete-policy: %1 gelöscht</translation>
        </message>
        <message>
            <source>Deleting key vault %1</source>
            <translation>Schlüsseltresor %1 wird gelöscht</translation>
        </message>
        <message>
            <source>delete-vault: deleted %1</source>
            <translation>delete-vault: %1 gelöscht</translation>
        </message>
        <message>
            <source>key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Deleting key %1</source>
            <translation>Schlüssel %1 wird gelöscht</translation>
        </message>
        <message>
            <source>delete-key: deleted %1</source>
            <translation>delete-key: %1 gelöscht</translation>
        </message>
        <message>
            <source>Disabling %1</source>
            <translation>%1 wird deaktiviert</translation>
        </message>
        <message>
            <source>%1: disabled %2</source>
            <translation>%1: %2 deaktiviert</translation>
        </message>
        <message>
            <source>Removing the policy identity's access policy entry</source>
            <translation>Eintrag der Identität der Richtlinie in der Zugriffsrichtlinie wird entfernt</translation>
        </message>
        <message>
            <source>revoke-access: removed the access policy entry of %1</source>
            <translation>revoke-access: Eintrag von %1 in der Zugriffsrichtlinie entfernt</translation>
        </message>
        <message>
            <source>The policy's identity also has access through %1; removing it there would change more than this key. Nothing was changed.</source>
            <translation>Die Identität der Richtlinie hat auch Zugriff über %1; ihn dort zu entfernen, würde mehr als diesen Schlüssel ändern. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>revoke-access: deleted role assignments %1</source>
            <translation>revoke-access: Rollenzuweisungen %1 gelöscht</translation>
        </message>
        <message>
            <source>Deleting role assignment %1</source>
            <translation>Rollenzuweisung %1 wird gelöscht</translation>
        </message>
        <message>
            <source>enterprise policy</source>
            <translation>Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>Revokes the enterprise policy's access to its key the way you choose: remove its access, disable the key or its version, or delete the key, the key vault or the policy. Every environment of the policy goes offline at once, and locked production environments are deleted after 28 days, so the plan names them and asks you to type the policy's name.</source>
            <translation>Entzieht der Unternehmensrichtlinie den Zugriff auf ihren Schlüssel auf die von Ihnen gewählte Weise: ihren Zugriff entfernen, den Schlüssel oder seine Version deaktivieren oder den Schlüssel, den Schlüsseltresor oder die Richtlinie löschen. Jede Umgebung der Richtlinie geht sofort offline, und gesperrte Produktionsumgebungen werden nach 28 Tagen gelöscht, daher nennt der Plan sie und fordert Sie auf, den Namen der Richtlinie einzugeben.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::ServicePrincipalStep</name>
        <message>
            <source>Cloud Application Administrator, Application Administrator or Global Administrator</source>
            <translation>Cloudanwendungsadministrator, Anwendungsadministrator oder Globaler Administrator</translation>
        </message>
        <message>
            <source>Install %1 (application %2) in your tenant. Its service principal gets no access to anything until step 5 grants it one key.</source>
            <translation>%1 (Anwendung %2) in Ihrem Mandanten installieren. Ihr Dienstprinzipal erhält auf nichts Zugriff, bis Schritt 5 ihm einen Schlüssel gewährt.</translation>
        </message>
        <message>
            <source>Instead, an administrator may open the admin consent link in a browser and accept: %1. Run this step again afterwards; it finds the installed application and sends nothing.</source>
            <translation>Alternativ kann ein Administrator den Link zur Administratoreinwilligung in einem Browser öffnen und zustimmen: %1. Führen Sie diesen Schritt danach erneut aus; er findet die installierte Anwendung und sendet nichts.</translation>
        </message>
        <message>
            <source>You may not install applications in this tenant. An administrator can install it with the admin consent link instead: %1</source>
            <translation>Sie dürfen in diesem Mandanten keine Anwendungen installieren. Ein Administrator kann die Anwendung stattdessen über den Link zur Administratoreinwilligung installieren: %1</translation>
        </message>
        <message>
            <source>Install the ISV's application</source>
            <translation>Die Anwendung des ISV installieren</translation>
        </message>
        <message>
            <source>Creates the service principal of the ISV's multi-tenant application in your tenant, or finds it when the application is already installed. Your key can only be granted to an application installed in your tenant. If you may not install it, the step shows the admin-consent link for an administrator to open in the browser.</source>
            <translation>Erstellt den Dienstprinzipal der mehrinstanzenfähigen Anwendung des ISV in Ihrem Mandanten oder findet ihn, wenn die Anwendung bereits installiert ist. Ihr Schlüssel kann nur einer Anwendung gewährt werden, die in Ihrem Mandanten installiert ist. Dürfen Sie sie nicht installieren, zeigt der Schritt den Link zur Administratoreinwilligung, den ein Administrator im Browser öffnen kann.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::VaultNetworkStep</name>
        <message>
            <source>Let the Power Platform reach the key vault</source>
            <translation>Schlüsseltresor für Power Platform erreichbar machen</translation>
        </message>
        <message>
            <source>Owner, Contributor or Key Vault Contributor on the key vault</source>
            <translation>Owner, Contributor oder Key Vault Contributor für den Schlüsseltresor</translation>
        </message>
        <message>
            <source>an Owner of the key vault or its resource group</source>
            <translation>ein Owner des Schlüsseltresors oder seiner Ressourcengruppe</translation>
        </message>
        <message>
            <source>public network access is disabled, so the Power Platform cannot reach the key</source>
            <translation>der öffentliche Netzwerkzugriff ist deaktiviert, daher kann Power Platform den Schlüssel nicht erreichen</translation>
        </message>
        <message>
            <source>the firewall denies by default and does not let trusted Microsoft services through</source>
            <translation>die Firewall verweigert standardmäßig und lässt vertrauenswürdige Microsoft-Dienste nicht durch</translation>
        </message>
        <message>
            <source>The run has no key vault; run step 1 first.</source>
            <translation>Der Lauf hat keinen Schlüsseltresor; führen Sie zuerst Schritt 1 aus.</translation>
        </message>
        <message>
            <source>Let trusted Microsoft services, the Power Platform among them, through vault %1's firewall; other rules stay as they are.</source>
            <translation>Vertrauenswürdige Microsoft-Dienste, darunter Power Platform, durch die Firewall von Tresor %1 lassen; andere Regeln bleiben unverändert.</translation>
        </message>
        <message>
            <source>Letting trusted Microsoft services through vault %1's firewall</source>
            <translation>Vertrauenswürdige Microsoft-Dienste werden durch die Firewall von Tresor %1 gelassen</translation>
        </message>
        <message>
            <source>During the preview the Power Platform needs the vault reachable from the internet (Microsoft's how-to); a vault reachable only through private endpoints locks the environments.</source>
            <translation>Während der Vorschau muss der Tresor für Power Platform aus dem Internet erreichbar sein (Anleitung von Microsoft); ein Tresor, der nur über private Endpunkte erreichbar ist, sperrt die Umgebungen.</translation>
        </message>
        <message>
            <source>Turns on public network access for the key vault and, where its firewall denies by default, lets trusted Microsoft services through. During the preview the Power Platform reaches the key only over the internet, not through a private network; other firewall rules stay as they are.</source>
            <translation>Schaltet den öffentlichen Netzwerkzugriff für den Schlüsseltresor ein und lässt, wo seine Firewall standardmäßig ablehnt, vertrauenswürdige Microsoft-Dienste durch. Während der Vorschau erreicht die Power Platform den Schlüssel nur über das Internet, nicht über ein privates Netzwerk; andere Firewallregeln bleiben unverändert.</translation>
        </message>
    </context>
    <context>
        <name>cmk::tracks::VerifyEnvironmentAdminStep</name>
        <message>
            <source>Check your role and your access to the policy</source>
            <translation>Ihre Rolle und Ihren Zugriff auf die Richtlinie prüfen</translation>
        </message>
        <message>
            <source>Power Platform administrator, Dynamics 365 administrator or Global administrator, with Reader on the enterprise policy</source>
            <translation>Power Platform-Administrator, Dynamics 365-Administrator oder globaler Administrator, mit Reader für die Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>Current enterprise policy</source>
            <translation>Aktuelle Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>The policy the environments use now; they move to the new one (policy.id).</source>
            <translation>Die Richtlinie, die die Umgebungen jetzt verwenden; sie wechseln zur neuen (policy.id).</translation>
        </message>
        <message>
            <source>the Power Platform Administrator, Dynamics 365 Administrator or Global Administrator directory role</source>
            <translation>die Verzeichnisrolle Power Platform Administrator, Dynamics 365 Administrator oder Global Administrator</translation>
        </message>
        <message>
            <source>a Privileged Role Administrator or Global Administrator of the tenant</source>
            <translation>ein Privileged Role Administrator oder Global Administrator des Mandanten</translation>
        </message>
        <message>
            <source>Reader on the enterprise policy</source>
            <translation>Reader für die Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>the key vault administrator who created the policy (step 7 of the key vault admin track)</source>
            <translation>der Schlüsseltresor-Administrator, der die Richtlinie erstellt hat (Schritt 7 des Ablaufs „Schlüsseltresor-Administrator“)</translation>
        </message>
        <message>
            <source>Reader on the current enterprise policy</source>
            <translation>Reader für die aktuelle Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>the key vault administrator who created it</source>
            <translation>der Schlüsseltresor-Administrator, der sie erstellt hat</translation>
        </message>
        <message>
            <source>The run has no enterprise policy.</source>
            <translation>Der Lauf hat keine Unternehmensrichtlinie.</translation>
        </message>
        <message>
            <source>You cannot read enterprise policy %1 (%2: %3). Adding environments needs Reader on the policy: ask the key vault administrator to grant it (step 7 of the key vault admin track), then run this track again.</source>
            <translation>Sie können die Unternehmensrichtlinie %1 nicht lesen (%2: %3). Zum Hinzufügen von Umgebungen brauchen Sie Reader für die Richtlinie: Bitten Sie den Schlüsseltresor-Administrator, Ihnen diese Rolle zu gewähren (Schritt 7 des Ablaufs „Schlüsseltresor-Administrator“), und führen Sie diesen Ablauf dann erneut aus.</translation>
        </message>
        <message>
            <source>The new policy %1 is in %2 and the current one %3 in %4; environments can only move to a policy in their own location.</source>
            <translation>Die neue Richtlinie %1 befindet sich in %2 und die aktuelle %3 in %4; Umgebungen können nur zu einer Richtlinie an ihrem eigenen Standort wechseln.</translation>
        </message>
        <message>
            <source>Reads the policy with your sign-in; nothing changes.</source>
            <translation>Liest die Richtlinie mit Ihrer Anmeldung; es wird nichts geändert.</translation>
        </message>
        <message>
            <source>Checks that you hold the Power Platform, Dynamics 365 or Global administrator role, then reads the enterprise policy with your own sign-in. Only an administrator with Reader on the policy may add or remove its environments, so a missing Reader role is reported before anything changes.</source>
            <translation>Prüft, ob Sie die Rolle Power Platform-Administrator, Dynamics 365-Administrator oder globaler Administrator haben, und liest dann die Unternehmensrichtlinie mit Ihrer eigenen Anmeldung. Nur ein Administrator mit Reader für die Richtlinie darf ihre Umgebungen hinzufügen oder entfernen, daher wird eine fehlende Reader-Rolle gemeldet, bevor sich etwas ändert.</translation>
        </message>
    </context>
    <context>
        <name>cmk::workflow::Handoff</name>
        <message>
            <source>%1 is not an https:// address; copy the whole link.</source>
            <translation>%1 ist keine https://-Adresse; kopieren Sie den ganzen Link.</translation>
        </message>
        <message>
            <source>The value is longer than one line of 256 characters.</source>
            <translation>Der Wert ist länger als eine Zeile mit 256 Zeichen.</translation>
        </message>
        <message>
            <source>the ISV's tenant ID</source>
            <translation>die Mandanten-ID des ISV</translation>
        </message>
        <message>
            <source>the ISV's multi-tenant application (client) ID</source>
            <translation>die Anwendungs-ID (Client-ID) der mehrinstanzenfähigen Anwendung des ISV</translation>
        </message>
        <message>
            <source>the application's name, as the consent page shows it</source>
            <translation>der Name der Anwendung, wie ihn die Einwilligungsseite zeigt</translation>
        </message>
        <message>
            <source>the admin consent link for the customer's tenant</source>
            <translation>der Link zur Administratoreinwilligung für den Mandanten des Kunden</translation>
        </message>
        <message>
            <source>what to grant the application on the key</source>
            <translation>was der Anwendung auf den Schlüssel gewährt werden soll</translation>
        </message>
        <message>
            <source>the region the ISV's resources are in</source>
            <translation>die Region, in der die Ressourcen des ISV liegen</translation>
        </message>
        <message>
            <source>the private endpoint to approve on the vault (Azure NetApp Files)</source>
            <translation>der am Tresor zu genehmigende private Endpunkt (Azure NetApp Files)</translation>
        </message>
        <message>
            <source>the customer's tenant ID, where the key is</source>
            <translation>die Mandanten-ID des Kunden, in dem der Schlüssel liegt</translation>
        </message>
        <message>
            <source>the key identifier, with its version</source>
            <translation>der Schlüsselbezeichner mit seiner Version</translation>
        </message>
        <message>
            <source>the key vault's resource ID</source>
            <translation>die Ressourcen-ID des Schlüsseltresors</translation>
        </message>
        <message>
            <source>the key vault's region</source>
            <translation>die Region des Schlüsseltresors</translation>
        </message>
        <message>
            <source>how access was granted: rbac or access-policy</source>
            <translation>wie der Zugriff gewährt wurde: rbac oder access-policy</translation>
        </message>
        <message>
            <source>"%1" is not rbac or access-policy.</source>
            <translation>„%1“ ist weder rbac noch access-policy.</translation>
        </message>
        <message>
            <source>"%1" (%2) is missing.</source>
            <translation>„%1“ (%2) fehlt.</translation>
        </message>
        <message>
            <source>"%1" (%2): %3</source>
            <translation>„%1“ (%2): %3</translation>
        </message>
        <message>
            <source>"%1" looks like a token or a secret; a hand-off never carries one.</source>
            <translation>„%1“ sieht aus wie ein Token oder ein Geheimnis; eine Übergabe enthält so etwas nie.</translation>
        </message>
        <message>
            <source>"%1" is not part of a %2 hand-off (a typo, or a file for the other direction?).</source>
            <translation>„%1“ gehört nicht zu einer Übergabe %2 (ein Tippfehler, oder eine Datei für die andere Richtung?).</translation>
        </message>
        <message>
            <source>The message is longer than 2000 characters.</source>
            <translation>Die Nachricht ist länger als 2000 Zeichen.</translation>
        </message>
        <message>
            <source>The message looks like it contains a token or a secret; remove it.</source>
            <translation>Die Nachricht scheint ein Token oder ein Geheimnis zu enthalten; entfernen Sie es.</translation>
        </message>
        <message>
            <source>The file is larger than a hand-off can be (64 KiB); choose the hand-off file CMK Wizard exported.</source>
            <translation>Die Datei ist größer, als eine Übergabe sein kann (64 KiB); wählen Sie die Übergabedatei, die CMK Wizard exportiert hat.</translation>
        </message>
        <message>
            <source>This is not a CMK Wizard hand-off file; choose the file the other administrator exported.</source>
            <translation>Dies ist keine Übergabedatei von CMK Wizard; wählen Sie die Datei, die der andere Administrator exportiert hat.</translation>
        </message>
        <message>
            <source>The hand-off has no format version.</source>
            <translation>Die Übergabe hat keine Formatversion.</translation>
        </message>
        <message>
            <source>The hand-off was made by a newer CMK Wizard (format %1; this one reads %2); update CMK Wizard.</source>
            <translation>Die Übergabe stammt von einem neueren CMK Wizard (Format %1; diese Version liest %2); aktualisieren Sie CMK Wizard.</translation>
        </message>
        <message>
            <source>The hand-off was changed after it was exported (its checksum does not match). Ask for a new one rather than editing it.</source>
            <translation>Die Übergabe wurde nach dem Export verändert (ihre Prüfsumme stimmt nicht). Fordern Sie eine neue an, statt sie zu bearbeiten.</translation>
        </message>
        <message>
            <source>The hand-off's direction "%1" is unknown.</source>
            <translation>Die Richtung „%1“ der Übergabe ist unbekannt.</translation>
        </message>
        <message>
            <source>This hand-off goes %1, but this step needs one that goes %2.</source>
            <translation>Diese Übergabe geht %1, dieser Schritt braucht aber eine, die %2 geht.</translation>
        </message>
        <message>
            <source>The hand-off carries no values.</source>
            <translation>Die Übergabe enthält keine Werte.</translation>
        </message>
        <message>
            <source>The hand-off's "%1" is not text.</source>
            <translation>„%1“ in der Übergabe ist kein Text.</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name for the hand-off, such as handoff.json.</source>
            <translation>%1 ist ein Ordner; geben Sie einen Dateinamen für die Übergabe an, etwa handoff.json.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist; choose an existing folder for the hand-off file.</source>
            <translation>Der Ordner %1 existiert nicht; wählen Sie einen vorhandenen Ordner für die Übergabedatei.</translation>
        </message>
        <message>
            <source>CMK Wizard may not write to the folder %1; choose another folder.</source>
            <translation>CMK Wizard darf nicht in den Ordner %1 schreiben; wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>the tenant of the policy and the environments</source>
            <translation>der Mandant der Richtlinie und der Umgebungen</translation>
        </message>
        <message>
            <source>the enterprise policy's resource ID</source>
            <translation>die Ressourcen-ID der Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>the enterprise policy's system ID, which linking takes</source>
            <translation>die System-ID der Unternehmensrichtlinie, die zum Verknüpfen gebraucht wird</translation>
        </message>
        <message>
            <source>the policy's Power Platform location; only environments there can use it</source>
            <translation>der Power Platform-Standort der Richtlinie; nur Umgebungen dort können sie verwenden</translation>
        </message>
        <message>
            <source>the Power Platform administrator granted Reader on the policy</source>
            <translation>der Power Platform-Administrator, dem Reader für die Richtlinie gewährt wurde</translation>
        </message>
    </context>
    <context>
        <name>cmk::workflow::PlanExport</name>
        <message>
            <source>Generated by CMK Wizard for review. Sign in with az login first.</source>
            <translation>Von CMK Wizard zur Prüfung erzeugt. Melden Sie sich zuerst mit az login an.</translation>
        </message>
        <message>
            <source>nothing to do: already done</source>
            <translation>nichts zu tun: bereits erledigt</translation>
        </message>
        <message>
            <source>Generated by CMK Wizard for review. Sign in with Connect-AzAccount first.</source>
            <translation>Von CMK Wizard zur Prüfung erzeugt. Melden Sie sich zuerst mit Connect-AzAccount an.</translation>
        </message>
        <message>
            <source>Resources are named by their full resource IDs in metadata.resourceId; deploy each to its own subscription and resource group. Calls ARM templates cannot express are listed in notExpressible.</source>
            <translation>Die Ressourcen sind mit ihren vollständigen Ressourcen-IDs in metadata.resourceId benannt; stellen Sie jede in ihrem eigenen Abonnement und ihrer Ressourcengruppe bereit. Aufrufe, die ARM-Vorlagen nicht ausdrücken können, stehen in notExpressible.</translation>
        </message>
        <message>
            <source>Documentation: %1</source>
            <translation>Dokumentation: %1</translation>
        </message>
    </context>
    <context>
        <name>cmk::workflow::RunState</name>
        <message>
            <source>This is not a CMK Wizard run file.</source>
            <translation>Dies ist keine Ablaufdatei von CMK Wizard.</translation>
        </message>
        <message>
            <source>The run file has no format version.</source>
            <translation>Die Ablaufdatei hat keine Formatversion.</translation>
        </message>
        <message>
            <source>The run file was written by a newer CMK Wizard (format %1; this one reads %2). Update CMK Wizard to continue this run.</source>
            <translation>Die Ablaufdatei wurde von einem neueren CMK Wizard geschrieben (Format %1; diese Version liest %2). Aktualisieren Sie CMK Wizard, um diesen Ablauf fortzusetzen.</translation>
        </message>
        <message>
            <source>The run file names no run or track.</source>
            <translation>Die Ablaufdatei nennt keinen Ablauf und keinen Pfad.</translation>
        </message>
        <message>
            <source>The run file's value "%1" is not text.</source>
            <translation>Der Wert „%1“ der Ablaufdatei ist kein Text.</translation>
        </message>
        <message>
            <source>The run file gives step "%1" an unknown state "%2".</source>
            <translation>Die Ablaufdatei gibt dem Schritt „%1“ den unbekannten Zustand „%2“.</translation>
        </message>
        <message>
            <source>The run file's operation of step "%1" cannot be read: %2</source>
            <translation>Der Vorgang des Schritts „%1“ in der Ablaufdatei kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The run file %1 cannot be read: %2</source>
            <translation>Die Ablaufdatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The run file's separation of duties record has no version.</source>
            <translation>Der Eintrag zur Aufgabentrennung in der Ablaufdatei hat keine Version.</translation>
        </message>
        <message>
            <source>The run file's separation of duties record was written by a newer CMK Wizard (version %1; this one reads %2).</source>
            <translation>Der Eintrag zur Aufgabentrennung in der Ablaufdatei wurde von einem neueren CMK Wizard geschrieben (Version %1; diese Version liest %2).</translation>
        </message>
        <message>
            <source>The run file's separation of duties record has an unknown policy or outcome.</source>
            <translation>Der Eintrag zur Aufgabentrennung in der Ablaufdatei hat eine unbekannte Vorgabe oder ein unbekanntes Ergebnis.</translation>
        </message>
    </context>
    <context>
        <name>cmk::workflow::Step</name>
        <message>
            <source>%1 is missing. %2</source>
            <translation>%1 fehlt. %2</translation>
        </message>
        <message>
            <source>The run could not be saved to %1 (%2); it stopped so that nothing is lost.</source>
            <translation>Der Ablauf konnte nicht in %1 gespeichert werden (%2); er wurde angehalten, damit nichts verloren geht.</translation>
        </message>
        <message>
            <source>Step %1 (%2): %3 %4</source>
            <translation>Schritt %1 (%2): %3 %4</translation>
        </message>
        <message>
            <source>The plan was not approved; nothing was changed.</source>
            <translation>Der Plan wurde nicht bestätigt; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Step %1 finished, but reading it back does not show it done yet. Run it again; it continues from what exists.</source>
            <translation>Schritt %1 ist beendet, aber das erneute Lesen zeigt ihn noch nicht als erledigt. Führen Sie ihn erneut aus; er setzt auf dem Vorhandenen auf.</translation>
        </message>
        <message>
            <source>ISV tenant</source>
            <translation>ISV-Mandant</translation>
        </message>
        <message>
            <source>customer tenant</source>
            <translation>Kundenmandant</translation>
        </message>
        <message>
            <source> Affected: %1.</source>
            <translation> Betroffen: %1.</translation>
        </message>
        <message>
            <source>Step %1 cannot be undone by CMK Wizard. %2%3 To go ahead, type the name "%4" as the confirmation; nothing was changed.</source>
            <translation>Schritt %1 kann von CMK Wizard nicht rückgängig gemacht werden. %2%3 Um fortzufahren, geben Sie zur Bestätigung den Namen "%4" ein; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The confirmation "%1" does not match "%2"; nothing was changed. %3%4</source>
            <translation>Die Bestätigung "%1" stimmt nicht mit "%2" überein; es wurde nichts geändert. %3%4</translation>
        </message>
        <message>
            <source>Step %1 (%2)</source>
            <translation>Schritt %1 (%2)</translation>
        </message>
        <message>
            <source>the role check is no longer available</source>
            <translation>die Rollenprüfung ist nicht mehr verfügbar</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Separation of duties cannot be checked: none of %1 names the key vault or its subscription.</source>
            <translation>Die Aufgabentrennung kann nicht geprüft werden: Keiner der Werte %1 nennt den Schlüsseltresor oder sein Abonnement.</translation>
        </message>
        <message>
            <source>%1 This track is set to refuse it: have another person do the key vault part or the Power Platform part.</source>
            <translation>%1 Dieser Ablauf ist so eingestellt, dass er dies ablehnt: Lassen Sie eine andere Person den Schlüsseltresor-Teil oder den Power Platform-Teil übernehmen.</translation>
        </message>
        <message>
            <source>%1 To go on anyway, give a justification (value %2); it is recorded with the run and in the journal.</source>
            <translation>%1 Um trotzdem fortzufahren, geben Sie eine Begründung an (Wert %2); sie wird mit dem Lauf und im Journal aufgezeichnet.</translation>
        </message>
        <message>
            <source>%1 was not started: %2</source>
            <translation>%1 wurde nicht gestartet: %2</translation>
        </message>
        <message>
            <source>Step %1 cannot be undone, and the run does not say what it affects; nothing was changed. Run the track again from its first step.</source>
            <translation>Schritt %1 kann nicht rückgängig gemacht werden, und der Lauf sagt nicht, was er betrifft; es wurde nichts geändert. Führen Sie den Ablauf erneut ab dem ersten Schritt aus.</translation>
        </message>
        <message>
            <source>directory roles unknown</source>
            <translation>Verzeichnisrollen unbekannt</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 für %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>CMK Wizard</source>
            <translation>CMK-Assistent</translation>
        </message>
        <message>
            <source>Sets up and operates customer-managed encryption keys across Azure tenants and for Power Platform.</source>
            <translation>Richtet kundenverwaltete Verschlüsselungsschlüssel über Azure-Mandanten hinweg und für Power Platform ein und betreibt sie.</translation>
        </message>
        <message>
            <source>Save a PNG of the window to &lt;file&gt; once it has painted, then quit.</source>
            <translation>Ein PNG des Fensters nach dem ersten Zeichnen in &lt;file&gt; speichern und beenden.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
    </context>
</TS>
