using Huzhou.Credit.Catalogue;
using Huzhou.Credit.Collection;
using Huzhou.Credit.Commitments;
using Huzhou.Credit.Dossier;
using Huzhou.Credit.Evaluation;
using Huzhou.Credit.Identity;
using Huzhou.Credit.Integrity;
using Huzhou.Credit.Lists;
using Huzhou.Credit.Monitoring;
using Huzhou.Credit.Publicity;
using Huzhou.Credit.Repair;
using Huzhou.Credit.Sanctions;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.Subjects;

namespace Huzhou.Credit.Web.Composition;

/// <summary>The composition root's list of modules. A new module is added here and nowhere else in the host.</summary>
public static class CreditModules
{
    public static IReadOnlyList<ICreditModule> All { get; } =
    [
        new IdentityModule(),
        new SubjectsModule(),
        new CatalogueModule(),
        new CollectionModule(),
        new ListsModule(),
        new SanctionsModule(),
        new CommitmentsModule(),
        new EvaluationModule(),
        new RepairModule(),
        new IntegrityModule(),
        new DossierModule(),
        new MonitoringModule(),
        new PublicityModule(),
    ];
}
