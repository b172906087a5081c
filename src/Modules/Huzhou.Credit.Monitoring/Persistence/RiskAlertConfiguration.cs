using Huzhou.Credit.Monitoring.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Huzhou.Credit.Monitoring.Persistence;

/// <summary>The published risk alerts (<c>monitoring_risk_alerts</c>).</summary>
internal sealed class RiskAlertConfiguration : IEntityTypeConfiguration<RiskAlert>
{
    public void Configure(EntityTypeBuilder<RiskAlert> builder)
    {
        builder.ToTable("monitoring_risk_alerts");
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.SubjectName).HasMaxLength(200);
        builder.Property(x => x.SubjectCode).HasMaxLength(18);
        builder.Property(x => x.DistrictCode).HasMaxLength(6);
        builder.Property(x => x.Title).HasMaxLength(RiskAlert.TitleMax);
        builder.Property(x => x.Text).HasMaxLength(RiskAlert.TextMax);
        builder.Property(x => x.PublishedBy).HasMaxLength(256);
        builder.Property(x => x.WithdrawnBy).HasMaxLength(256);
        builder.Property(x => x.WithdrawReason).HasMaxLength(RiskAlert.ReasonMax);
        builder.Ignore(x => x.IsWithdrawn);
        // The public site's newest-first page of alerts in force.
        builder.HasIndex(x => x.PublishedAt).HasFilter("withdrawn_at IS NULL").HasDatabaseName("ix_monitoring_risk_alerts_published");
        builder.HasIndex(x => x.SubjectId);
    }
}
