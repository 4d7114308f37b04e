#include "workflow/track.h"

#include <QSet>

namespace cmk::workflow {

const Step *Track::step(QStringView id) const
{
    for (const auto &s : steps) {
        if (s->info().id == id)
            return s.get();
    }
    return nullptr;
}

QList<InputSpec> Track::inputs() const
{
    QList<InputSpec> out;
    QSet<QString> seen;
    for (const auto &s : steps) {
        for (const InputSpec &input : s->inputs()) {
            if (!seen.contains(input.key)) {
                seen.insert(input.key);
                out.append(input);
            }
        }
    }
    return out;
}

QStringList Track::validate() const
{
    QStringList problems;
    QSet<QString> before;
    for (const auto &s : steps) {
        const Step::Info info = s->info();
        if (info.id.isEmpty())
            problems << QStringLiteral("a step of %1 has no id").arg(this->info.id);
        if (before.contains(info.id))
            problems << QStringLiteral("step %1 appears twice").arg(info.id);
        for (const QString &dependency : info.dependsOn) {
            if (!before.contains(dependency))
                problems << QStringLiteral("step %1 depends on %2, which does not come before it")
                                .arg(info.id, dependency);
        }
        before.insert(info.id);
    }
    return problems;
}

} // namespace cmk::workflow
