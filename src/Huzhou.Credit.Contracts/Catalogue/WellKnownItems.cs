namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>
/// Catalogue items whose meaning other modules rely on, by code and field key, so that no module spells them as
/// string literals. The catalogue defines them (its standard items); these constants only name them.
/// </summary>
public static class WellKnownItems
{
    /// <summary>市场主体登记信息: the market-regulation bureau's registration data of enterprises.</summary>
    public static class MarketSubjectRegistration
    {
        /// <summary>The item code.</summary>
        public const string Code = "SCZTDJ";

        /// <summary>统一社会信用代码 (also the record's source key).</summary>
        public const string CreditCode = "统一社会信用代码";

        /// <summary>主体名称: the registered name.</summary>
        public const string Name = "主体名称";

        /// <summary>法定代表人.</summary>
        public const string LegalRepresentative = "法定代表人";

        /// <summary>注册资本（万元）.</summary>
        public const string RegisteredCapital = "注册资本（万元）";

        /// <summary>成立日期 (also the record's decision date).</summary>
        public const string EstablishedOn = "成立日期";

        /// <summary>核准日期: when the registration authority approved the state the row describes.</summary>
        public const string ApprovedOn = "核准日期";

        /// <summary>住所.</summary>
        public const string Address = "住所";

        /// <summary>登记状态, one of the <c>Status…</c> codes.</summary>
        public const string Status = "登记状态";

        /// <summary>登记状态 code 1: 存续（在业）.</summary>
        public const string StatusActive = "1";

        /// <summary>登记状态 code 2: 吊销.</summary>
        public const string StatusRevoked = "2";

        /// <summary>登记状态 code 3: 注销.</summary>
        public const string StatusCancelled = "3";

        /// <summary>登记状态 code 4: 迁出.</summary>
        public const string StatusMovedOut = "4";
    }

    /// <summary>行政处罚信息.</summary>
    public static class AdministrativePenalty
    {
        /// <summary>The item code.</summary>
        public const string Code = "XZCF";

        /// <summary>处罚类别: the kinds of penalty a decision imposes (a code list: 警告, 罚款 ...).</summary>
        public const string PenaltyKinds = "处罚类别";
    }

    /// <summary>信用承诺信息: commitments, kept by the Commitments module and counted by scoring.</summary>
    public static class Commitment
    {
        /// <summary>The item code.</summary>
        public const string Code = "XYCN";

        /// <summary>履约状态, one of the <c>Status…</c> codes.</summary>
        public const string Status = "履约状态";

        /// <summary>履约状态 code 1: 履约中.</summary>
        public const string StatusInForce = "1";

        /// <summary>履约状态 code 2: 已践诺.</summary>
        public const string StatusKept = "2";

        /// <summary>履约状态 code 3: 违诺.</summary>
        public const string StatusBreached = "3";

        /// <summary>履约状态 code 4: 已撤回.</summary>
        public const string StatusWithdrawn = "4";
    }

    /// <summary>违背信用承诺信息: a breached commitment as a bad record.</summary>
    public static class CommitmentBreach
    {
        /// <summary>The item code.</summary>
        public const string Code = "XYWN";
    }

    /// <summary>浙江省公共信用评价结果: the provincial public credit evaluation, one record per batch.</summary>
    public static class ProvincialEvaluation
    {
        /// <summary>The item code.</summary>
        public const string Code = "GGXYPJ";

        /// <summary>评价批次 (yyyyMM).</summary>
        public const string Batch = "评价批次";

        /// <summary>评价分值 (0-1000).</summary>
        public const string Score = "评价分值";

        /// <summary>评价等级.</summary>
        public const string Grade = "评价等级";
    }

    /// <summary>表彰荣誉信息.</summary>
    public static class Honour
    {
        /// <summary>The item code.</summary>
        public const string Code = "BZRY";
    }

    /// <summary>志愿服务信息 (natural persons).</summary>
    public static class VolunteerService
    {
        /// <summary>The item code.</summary>
        public const string Code = "ZYFW";

        /// <summary>服务时长（小时）.</summary>
        public const string Hours = "服务时长（小时）";
    }
}
