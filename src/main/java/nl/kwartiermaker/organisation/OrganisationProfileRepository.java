package nl.kwartiermaker.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationProfileRepository extends JpaRepository<OrganisationProfile, Long> {
}
