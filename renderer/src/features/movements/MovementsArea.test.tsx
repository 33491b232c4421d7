import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi } from '../../test/fake-api';
import { useNavigation } from '../../app/navigation';
import { MovementsArea } from './MovementsArea';
import { movementsRouteOf } from './routes';
import { MOVEMENT } from './test-fixtures';

vi.mock('../registrations/RegistrationsPanel', () => ({
  RegistrationsPanel: () => <p>registrations panel</p>,
}));
vi.mock('../registrations/MovementRegistrations', () => ({ MovementRegistrations: () => null }));
vi.mock('../exemplars/MovementModels', () => ({ MovementModels: () => null }));

describe('the Phong trào area', () => {
  it('tells tabs and movement ids apart in the address', () => {
    expect(movementsRouteOf([])).toEqual({ page: 'tab', tab: 'list' });
    expect(movementsRouteOf(['dang-ky'])).toEqual({ page: 'tab', tab: 'registrations' });
    expect(movementsRouteOf(['dang-ky', '12'])).toEqual({ page: 'tab', tab: 'registrations' });
    expect(movementsRouteOf(['danh-sach', '12'])).toEqual({ page: 'movement', id: 12 });
    expect(movementsRouteOf(['12'])).toEqual({ page: 'tab', tab: 'list' });
  });

  it('opens the registrations tab in the address, and a movement’s page', async () => {
    fakeApi({ 'movements.list': [], 'movements.get': MOVEMENT, 'movements.decisions': [] });
    render(<MovementsArea title="Phong trào" />);
    expect(await screen.findByText('Chưa có phong trào thi đua nào.')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Đăng ký thi đua' }));
    expect(await screen.findByText('registrations panel')).toBeTruthy();
    expect(window.location.hash).toBe('#/phong-trao/dang-ky');

    useNavigation.getState().go('movements', 'danh-sach', 7);
    expect(await screen.findByRole('heading', { level: 1, name: MOVEMENT.name })).toBeTruthy();
  });
});
