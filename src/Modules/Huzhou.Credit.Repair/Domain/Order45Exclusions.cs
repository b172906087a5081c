namespace Huzhou.Credit.Repair.Domain;

/// <summary>
/// The penalty kinds SAMR Order 45 (《市场监督管理信用修复管理办法》) keeps from early stop of publicity, for the
/// market-regulation departments (the city bureau and its district branches): the reference rules every installation
/// is seeded with, for every rule version.
/// </summary>
internal static class Order45Exclusions
{
    public const string Basis = "《市场监督管理信用修复管理办法》（市场监管总局令第45号）";

    public static IReadOnlyList<string> Departments { get; } = ["HZ-SJJ", "WX-SJJ", "NX-SJJ", "DQ-SJJ", "CX-SJJ", "AJ-SJJ", "NTH-SJJ"];

    public static IReadOnlyList<string> Kinds { get; } = ["责令停产停业", "限制开展生产经营活动", "限制从业", "降低资质等级", "吊销许可证件", "吊销营业执照"];

    /// <summary>Every department × kind, for every rule version, active.</summary>
    public static IReadOnlyList<RepairExclusionRule> Rules(string actor, DateTimeOffset at) =>
        Departments.SelectMany(d => Kinds.Select(k => new RepairExclusionRule
        {
            DepartmentCode = d, RuleVersion = null, PenaltyKind = k, Basis = Basis, IsActive = true, CreatedBy = actor, CreatedAt = at, ChangedBy = actor, ChangedAt = at,
        })).ToList();
}
