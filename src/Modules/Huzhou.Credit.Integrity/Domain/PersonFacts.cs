namespace Huzhou.Credit.Integrity.Domain;

/// <summary>What the personal score is computed from (one person, at one day).</summary>
/// <param name="ProvincialScore">浙江省公共信用评价 评价分值 (0–1000) of the newest batch, or null.</param>
/// <param name="CommitmentsKept">Commitments verified 已践诺 in the last three years.</param>
/// <param name="CommitmentsBreached">Commitments 违诺 in the last three years.</param>
/// <param name="Honours">Honours (表彰荣誉) in the last three years.</param>
/// <param name="VolunteerHours">Hours of volunteer service (志愿服务) in the last three years.</param>
/// <param name="BadMinor">Bad records of class 轻微 that still count, last three years.</param>
/// <param name="BadGeneral">Of class 一般 (or without a class).</param>
/// <param name="BadSerious">Of class 严重.</param>
internal sealed record PersonFacts(decimal? ProvincialScore, int CommitmentsKept, int CommitmentsBreached, int Honours, decimal VolunteerHours, int BadMinor, int BadGeneral, int BadSerious);
