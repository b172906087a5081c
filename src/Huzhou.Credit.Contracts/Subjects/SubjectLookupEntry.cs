namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>A subject with its lookup key, for modules that keep a projection searchable by code.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="LookupKey">See <see cref="SubjectLookupKey"/>.</param>
public sealed record SubjectLookupEntry(ResolvedSubject Subject, byte[] LookupKey);
