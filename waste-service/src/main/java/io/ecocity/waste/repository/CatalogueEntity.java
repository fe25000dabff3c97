package io.ecocity.waste.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One installed indicator catalogue, kept as the JSON document it was installed from. */
@Entity
@Table(name = "waste_catalogue")
public class CatalogueEntity {

    /** Checked and incremented by every update (optimistic locking): a concurrent update fails instead of overwriting. */
    @jakarta.persistence.Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String version;

    @Column(nullable = false, length = 1_000_000)
    public String content;

    /** The current catalogue is the one with the highest activation; switching back raises an older one's. */
    @Column(nullable = false)
    public long activation;

    @Column(name = "installed_at", nullable = false)
    public Instant installedAt;

    @Column(name = "installed_by", nullable = false, length = 200)
    public String installedBy;

    @Column(name = "activated_at", nullable = false)
    public Instant activatedAt;
}
