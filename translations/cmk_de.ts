<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <name>cmk::ctl::CtlApp</name>
        <message>
            <source>Run "cmkctl --help" for the commands and options.</source>
            <translation>„cmkctl --help“ zeigt die Befehle und Optionen.</translation>
        </message>
        <message>
            <source>Headless CMK Wizard: the same tracks, status and evidence as the wizard, for scripts and terminals.

Commands:
  demo          what the wizard's start page offers, as text
  cloud list    the built-in clouds and their endpoints
  track list    the tracks this version offers

Examples:
  cmkctl demo --sandbox
  cmkctl cloud list --output json
  cmkctl track list</source>
            <translation>CMK-Assistent ohne Oberfläche: dieselben Abläufe, Status und Nachweise wie der Assistent, für Skripte und Terminals.

Befehle:
  demo          was die Startseite des Assistenten anbietet, als Text
  cloud list    die eingebauten Clouds und ihre Endpunkte
  track list    die Abläufe dieser Version

Beispiele:
  cmkctl demo --sandbox
  cmkctl cloud list --output json
  cmkctl track list</translation>
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
            <source>demo, cloud or track</source>
            <translation>demo, cloud oder track</translation>
        </message>
        <message>
            <source>list (for cloud and track)</source>
            <translation>list (für cloud und track)</translation>
        </message>
        <message>
            <source>--output must be table or json, not %1.</source>
            <translation>--output muss table oder json sein, nicht %1.</translation>
        </message>
        <message>
            <source>No command given; use one of: demo, cloud list, track list.</source>
            <translation>Kein Befehl angegeben; verwenden Sie einen von: demo, cloud list, track list.</translation>
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
            <source>Unknown command %1; use one of: demo, cloud list, track list.</source>
            <translation>Unbekannter Befehl %1; verwenden Sie einen von: demo, cloud list, track list.</translation>
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
