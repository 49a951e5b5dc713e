"""The paper kit: øvingsdirektiv, dreiebok, inject and role cards, observer and hot wash
forms, as models built from a pack with its profile (``build``) and one PDF renderer
(``pdf``) that lays them out on the report's pages."""
