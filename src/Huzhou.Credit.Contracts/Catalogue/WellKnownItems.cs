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
}
