using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Modules.BrokenFixture;

/// <summary>Breaks the rule that a module's DbContext is internal.</summary>
public sealed class LeakyDbContext(DbContextOptions<LeakyDbContext> options) : DbContext(options);
