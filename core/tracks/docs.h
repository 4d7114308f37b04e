#pragma once

// Where each step's how-to is on learn.microsoft.com (Step::Info::docsUrl): the page of the
// seed the step comes from, at the section that describes it. Anchors are the section headings
// as Microsoft Learn makes them: lower case, spaces as hyphens, other punctuation dropped
// ("Change the environment's encryption key" → change-the-environments-encryption-key).
// Pages without a locale, so Learn picks the reader's language.

#include <QString>
#include <QUrl>

namespace cmk::tracks::docs {

/// Seed 000: cross-tenant customer-managed keys for Azure NetApp Files.
inline constexpr QStringView NetAppPage {
    u"https://learn.microsoft.com/azure/azure-netapp-files/customer-managed-keys-cross-tenant"};
/// Seed 001: managed disks with a disk encryption set using a key of another tenant.
inline constexpr QStringView ManagedDisksPage {
    u"https://learn.microsoft.com/azure/virtual-machines/disks-cross-tenant-customer-managed-keys"};
/// Seeds 002 and 003: customer-managed keys for Power Platform (both revisions of one page).
inline constexpr QStringView PowerPlatformPage {
    u"https://learn.microsoft.com/power-platform/admin/customer-managed-key"};

/// `page` at the section `anchor`.
inline QUrl section(QStringView page, QStringView anchor)
{
    QUrl url(page.toString());
    url.setFragment(anchor.toString());
    return url;
}

inline QUrl netApp(QStringView anchor)
{
    return section(NetAppPage, anchor);
}

inline QUrl managedDisks(QStringView anchor)
{
    return section(ManagedDisksPage, anchor);
}

inline QUrl powerPlatform(QStringView anchor)
{
    return section(PowerPlatformPage, anchor);
}

} // namespace cmk::tracks::docs
