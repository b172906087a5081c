using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>
/// What a registration row (市场主体登记信息) says about its organisation. Carried by an
/// <see cref="IncomingCreditRecord"/>, the record store applies it to the subject registry in the delivery's
/// transaction: changed fields with a history row each, and a pending subject becomes verified.
/// </summary>
/// <param name="Name">The registered name.</param>
/// <param name="Status">The registration status, or null when the row's code is not one the registry knows (left as it is).</param>
/// <param name="LegalRepresentative">法定代表人, or null when not delivered (the registry keeps its value).</param>
/// <param name="RegisteredCapital">注册资本 in 万元, or null when not delivered.</param>
/// <param name="EstablishedOn">成立日期, or null when not delivered.</param>
/// <param name="Address">住所, or null when not delivered.</param>
/// <param name="ApprovedOn">
/// 核准日期: when the authority approved the state the row describes. A row older than the one the registry last
/// applied changes nothing; without it the 成立日期 stands in.
/// </param>
public sealed record SubjectRegistrationFacts(
    string Name,
    RegisteredStatus? Status,
    string? LegalRepresentative,
    decimal? RegisteredCapital,
    DateOnly? EstablishedOn,
    string? Address,
    DateOnly? ApprovedOn);
