namespace Huzhou.Credit.Commitments.Domain;

/// <summary>承诺类型 (the XYCN codes 01-04).</summary>
internal enum CommitmentType : short
{
    /// <summary>审批替代型 (incl. 容缺办理型 and 证明事项告知承诺型).</summary>
    ApprovalSubstitution = 1,

    /// <summary>主动型 (主动公示型).</summary>
    Proactive = 2,

    /// <summary>行业自律型.</summary>
    IndustrySelfDiscipline = 3,

    /// <summary>信用修复型.</summary>
    Repair = 4,
}
